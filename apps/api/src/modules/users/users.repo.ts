import { fromDbDate, toDbDate } from '../../lib/dates.ts'
import type { TTransaction } from '../../lib/db-types.ts'
import type { TUser } from '@cr/shared/users/user'

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

/** Current locks for a set of usernames, for the list page's "locked" badge. */
export const findLocks = async (db: TTransaction, usernames: string[]) => {
  const rows = await db.loginThrottle.findMany({
    where: { username: { in: usernames }, lockedUntil: { gt: new Date() } },
    orderBy: { lockedUntil: 'asc' },
  })
  // A name may be locked for several addresses: the badge shows the lock that lasts longest.
  return new Map(rows.map((r) => [r.username, r.lockedUntil]))
}

export const toDateOrNull = (value: string | null | undefined) =>
  value ? toDbDate(value) : value === null ? null : undefined
