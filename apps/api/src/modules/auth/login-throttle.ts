import type { TTransaction } from '../../lib/db-types.ts'

export const maxFailures = 5
export const lockMinutes = 15

/**
 * Failed sign-ins are counted per username — existing or not, so the answer never reveals which
 * accounts exist — in PostgreSQL, so every API replica sees the same counters. Five failures
 * within 15 minutes lock the name for 15 minutes; during the lock even the right password fails.
 */
export const lockedUntil = async (db: TTransaction, username: string): Promise<Date | null> => {
  const row = await db.loginThrottle.findUnique({ where: { username } })
  return row?.lockedUntil && row.lockedUntil.getTime() > Date.now() ? row.lockedUntil : null
}

/** Counts one failure atomically (concurrent attempts cannot both read 4) and locks at five. */
export const recordFailure = async (db: TTransaction, username: string) => {
  const rows = await db.$queryRaw<Array<{ locked_until: Date | null }>>`
    INSERT INTO login_throttle AS t (username, failed_count, last_failed_at)
    VALUES (${username}, 1, now())
    ON CONFLICT (username) DO UPDATE SET
      failed_count = CASE WHEN t.last_failed_at < now() - make_interval(mins => ${lockMinutes})
                          THEN 1 ELSE t.failed_count + 1 END,
      last_failed_at = now(),
      locked_until = CASE WHEN t.last_failed_at >= now() - make_interval(mins => ${lockMinutes})
                               AND t.failed_count + 1 >= ${maxFailures}
                          THEN now() + make_interval(mins => ${lockMinutes}) ELSE t.locked_until END
    RETURNING locked_until`
  const until = rows[0]?.locked_until
  return until && until.getTime() > Date.now() ? until : null
}

export const clearFailures = (db: TTransaction, username: string) =>
  db.loginThrottle.deleteMany({ where: { username } })

/** Lets an administrator lift a lock before it runs out. */
export const unlock = clearFailures
