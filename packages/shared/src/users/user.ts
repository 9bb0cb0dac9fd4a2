import { z } from 'zod'
import { issue } from '../common/issue.ts'
import { ZNumberedListQuery, pageOf, queryBoolean, sortParam } from '../common/pagination.ts'
import {
  ZDate,
  ZDateInput,
  ZId,
  ZRecordMeta,
  ZRef,
  ZTimestamp,
  updateOf,
} from '../common/record.ts'
import { ZRole, roleSeesAllCommittees, type TRole } from '../auth/roles.ts'

export const ZUser = ZRecordMeta.extend({
  username: z.string(),
  displayName: z.string(),
  role: ZRole,
  committees: z.array(ZRef).describe('Residents’ committees this user serves'),
  active: z.boolean(),
  expiresOn: ZDate.nullable().describe('Last day the account may sign in'),
  lastLoginAt: ZTimestamp.nullable(),
  lockedUntil: ZTimestamp.nullable(),
  mustChangePassword: z.boolean(),
  partyOrganization: ZRef.nullable().describe(
    "A branch secretary's organisation: party records limited to its subtree",
  ),
}).meta({ id: 'User' })
export type TUser = z.infer<typeof ZUser>

const username = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9_.-]{3,32}$/, issue('username_format'))

/**
 * The fields as a change names them: no defaults here, or a PATCH that leaves a field out
 * would reset it (it did: committees were emptied by a PATCH of the display name).
 */
const userFields = {
  displayName: z.string().trim().min(1).max(50),
  role: ZRole,
  committeeIds: z.array(ZId).max(200),
  active: z.boolean(),
  expiresOn: ZDateInput.nullable(),
  partyOrganizationId: ZId.nullable(),
}

/** A new account's defaults. */
const userCreateFields = {
  ...userFields,
  committeeIds: userFields.committeeIds.default([]),
  active: userFields.active.default(true),
  expiresOn: ZDateInput.nullish().transform((v) => v ?? null),
  partyOrganizationId: ZId.nullish().transform((v) => v ?? null),
}

// Every role but those seeing every committee works in named ones (clerks, viewers, field roles).
const needsCommittee = (u: { role?: TRole; committeeIds?: string[] }) =>
  !u.role || roleSeesAllCommittees(u.role) || (u.committeeIds?.length ?? 0) > 0

export const ZUserCreate = z
  .object({ username, password: z.string().min(1).max(128), ...userCreateFields })
  .refine(needsCommittee, { ...issue('committees_required'), path: ['committeeIds'] })
  .meta({ id: 'UserCreate' })
export type TUserCreate = z.input<typeof ZUserCreate>

export const ZUserUpdate = updateOf(z.object(userFields))
  .refine((u) => u.role === undefined || needsCommittee(u), {
    ...issue('committees_required'),
    path: ['committeeIds'],
  })
  .meta({ id: 'UserUpdate' })
export type TUserUpdate = z.input<typeof ZUserUpdate>

export const ZResetPassword = z
  .object({ password: z.string().min(1).max(128) })
  .meta({ id: 'ResetPasswordRequest' })

export const userSortFields = ['username', 'displayName', 'createdAt', 'lastLoginAt'] as const
export const ZUserListQuery = ZNumberedListQuery.extend({
  q: z.string().trim().max(50).optional().describe('Matches username or display name'),
  role: ZRole.optional(),
  committeeId: ZId.optional(),
  active: queryBoolean.optional(),
  sort: sortParam(userSortFields, 'username'),
})
export type TUserListQuery = z.input<typeof ZUserListQuery>

export const ZUserPage = pageOf(ZUser).meta({ id: 'UserPage' })
