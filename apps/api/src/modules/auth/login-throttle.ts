import type { TTransaction } from '../../lib/db-types.ts'

/** Failures from one address within the window that lock the name for that address. */
export const maxFailuresPerSource = 5
/** Failures from all addresses together within the window that lock the name for new ones. */
export const maxFailuresPerName = 20
export const lockMinutes = 15
/** Where a user signed in within this many days, a lock of their name by others does not reach. */
const knownSourceDays = 30
const allSources = '*'

/**
 * Brute-force protection that hands nobody a switch to lock others out (ASVS 5.0 6.1.1, 6.3.1).
 * Failed sign-ins are counted per name — existing or not, so the answer never reveals which
 * accounts exist — in PostgreSQL, so every API replica sees the same counters:
 * - per name and client address: five failures within 15 minutes lock the name for 15 minutes
 *   *from that address only*, so guessing from one machine stops while the owner, elsewhere,
 *   still signs in;
 * - per name across all addresses: twenty failures within 15 minutes (a guess spread over many
 *   machines) lock the name for 15 minutes from every address except those the user signed in
 *   from within 30 days — their own desk keeps working.
 * During a lock even the right password fails. An administrator can lift every lock on a name.
 */
export const lockedUntil = async (
  db: TTransaction,
  username: string,
  source: string,
): Promise<Date | null> => {
  const rows = await db.$queryRaw<Array<{ source: string; locked_until: Date }>>`
    SELECT source, locked_until FROM login_throttle
    WHERE username = ${username} AND source IN (${source}, ${allSources})
      AND locked_until > now()`
  const own = rows.find((r) => r.source === source)
  if (own) return own.locked_until
  const everywhere = rows.find((r) => r.source === allSources)
  if (!everywhere || (await isKnownSource(db, username, source))) return null
  return everywhere.locked_until
}

/** Whether the user signed in from this address recently (a session was started from it). */
const isKnownSource = async (db: TTransaction, username: string, source: string) => {
  const rows = await db.$queryRaw<unknown[]>`
    SELECT 1 FROM session s JOIN app_user u ON u.id = s.user_id
    WHERE u.username = ${username} AND s.client_ip = ${source}
      AND s.created_at > now() - make_interval(days => ${knownSourceDays})
    LIMIT 1`
  return rows.length > 0
}

/** Counts one failure for one counter atomically (concurrent attempts cannot both read 4). */
const countFailure = (db: TTransaction, username: string, source: string, max: number) =>
  db.$queryRaw<Array<{ locked_until: Date | null }>>`
    INSERT INTO login_throttle AS t (username, source, failed_count, last_failed_at)
    VALUES (${username}, ${source}, 1, now())
    ON CONFLICT (username, source) DO UPDATE SET
      failed_count = CASE WHEN t.last_failed_at < now() - make_interval(mins => ${lockMinutes})
                          THEN 1 ELSE t.failed_count + 1 END,
      last_failed_at = now(),
      locked_until = CASE WHEN t.last_failed_at >= now() - make_interval(mins => ${lockMinutes})
                               AND t.failed_count + 1 >= ${max}
                          THEN now() + make_interval(mins => ${lockMinutes}) ELSE t.locked_until END
    RETURNING locked_until`

/** Counts a failure from `source`; answers the lock now in force for that address, if any. */
export const recordFailure = async (db: TTransaction, username: string, source: string) => {
  await countFailure(db, username, source, maxFailuresPerSource)
  await countFailure(db, username, allSources, maxFailuresPerName)
  return lockedUntil(db, username, source)
}

/** A successful sign-in forgets that address's failures (not the name's: others may be guessing). */
export const clearFailures = (db: TTransaction, username: string, source: string) =>
  db.loginThrottle.deleteMany({ where: { username, source } })

/** Lets an administrator lift every lock on a name before it runs out. */
export const unlock = (db: TTransaction, username: string) =>
  db.loginThrottle.deleteMany({ where: { username } })
