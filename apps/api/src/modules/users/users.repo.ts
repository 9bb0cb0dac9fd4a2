import { toDbDate } from '../../lib/dates.ts'
import type { TTransaction } from '../../lib/db-types.ts'

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
