import type { TUser } from '@cr/shared/users/user'
import { fromDbDate } from '../../lib/dates.ts'
import type { TTransaction } from '../../lib/db-types.ts'

/** What a user's DTO needs besides its row: their committees and party organisation. */
export const userInclude = {
  committees: { include: { committee: { select: { id: true, name: true } } } },
  partyOrganization: { select: { id: true, name: true } },
} as const

type TRow = Awaited<ReturnType<TTransaction['user']['findFirstOrThrow']>> & {
  committees: Array<{ committee: { id: string; name: string } }>
  partyOrganization: { id: string; name: string } | null
}

/** Response shape: a whitelist. The password hash never leaves the database layer. */
export const toUserDto = (row: TRow, lockedUntil: Date | null = null): TUser => ({
  id: row.id,
  version: row.version,
  username: row.username,
  displayName: row.displayName,
  role: row.role,
  committees: row.committees.map((c) => c.committee),
  active: row.active,
  expiresOn: row.expiresOn ? fromDbDate(row.expiresOn) : null,
  lastLoginAt: row.lastLoginAt?.toISOString() ?? null,
  lockedUntil: lockedUntil?.toISOString() ?? null,
  mustChangePassword: row.mustChangePassword,
  partyOrganization: row.partyOrganization,
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
})
