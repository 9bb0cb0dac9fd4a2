import { userFieldLabels } from '@cr/shared/labels/field-labels'
import type { users as zh } from '../zh-CN/users'
import type { TMessages } from '../types'

export const users: TMessages<typeof zh> = {
  title: 'Users',
  description:
    'Clerks and viewers only see the committees assigned to them; patrol members and building leaders see and record only their own teams’ patrols; administrators and supervisors see all.',
  create: 'New user',
  createFirst: 'Create the first user',
  createTitle: 'New user',
  editTitle: 'Edit user: {{name}}',
  searchLabel: 'Search users',
  searchPlaceholder: 'Username or name',
  roleFilter: 'Filter by role',
  allRoles: 'Any role',
  committeeFilter: 'Filter by committee',
  activeFilter: 'Filter by status',
  tableCaption: 'Users',
  emptyTitle: 'No other users yet',
  emptyHint: 'Create users and assign committees so clerks can sign in.',
  partyScopeNone: 'No limit',
  fields: userFieldLabels.en,
  help: {
    partyOrganization:
      'For a branch secretary: party records of this organisation and below only; empty for no limit',
    username: '3-32 letters, digits, _ . or -; cannot be changed later',
    committees: 'Clerks, viewers, patrol members and building leaders need at least one committee',
    expiresOn: 'Leave blank for no end date; the last day still allows sign-in',
    password: 'The user must change it at the first sign-in',
  },
  status: { locked: 'Locked', expired: 'Expired', mustChange: 'Must change password' },
  lockedUntil: 'Locked until {{time}}',
  actions: {
    resetPassword: 'Reset password',
    unlock: 'Unlock',
    unlocked: 'Unlocked',
  },
  resetPassword: {
    title: 'Reset password: {{name}}',
    password: 'New password',
    hint: 'The user’s sessions end and they must change the password at the next sign-in.',
    submit: 'Reset password',
    done: 'Password reset. Tell the user the new password in person or by phone.',
  },
  allCommittees: 'All committees',
  rowActions: 'Actions for user {{name}}',
}
