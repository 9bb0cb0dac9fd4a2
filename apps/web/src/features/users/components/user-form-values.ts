import type { TRole } from '@cr/shared/auth/roles'
import type { TUser } from '@cr/shared/users/user'

/** What the user form holds while it is being filled in. */
export type TUserFormValues = {
  username: string
  password: string
  displayName: string
  role: TRole | undefined
  committeeIds: string[]
  active: boolean
  expiresOn: string | null
  partyOrganizationId: string | null
}

export const userFieldNames = [
  'username',
  'password',
  'displayName',
  'role',
  'committeeIds',
  'active',
  'expiresOn',
  'partyOrganizationId',
] as const

export const emptyUserValues: TUserFormValues = {
  username: '',
  password: '',
  displayName: '',
  role: 'clerk',
  committeeIds: [],
  active: true,
  expiresOn: null,
  partyOrganizationId: null,
}

export const toUserFormValues = (user: TUser): TUserFormValues => ({
  username: user.username,
  password: '',
  displayName: user.displayName,
  role: user.role,
  committeeIds: user.committees.map((c) => c.id),
  active: user.active,
  expiresOn: user.expiresOn,
  partyOrganizationId: user.partyOrganization?.id ?? null,
})
