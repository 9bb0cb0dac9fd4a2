/**
 * A short-lived memory of recent session lookups, keyed by the cookie's hash. Every
 * authenticated request starts with the session + user + committees statement; under load
 * (50 concurrent requests on two cores, bench) that round trip was a third of a list request.
 * Within `ttlMs` a repeat request reuses the row and skips the database.
 *
 * Correctness: expiry, idle timeout and revocation are still checked on every request against
 * the cached row; anything in this process that changes a session, a user's role, activity or
 * committees calls `forgetSessions()`, so it takes effect at once here and within `ttlMs` in any
 * other API process (QUALITY.md: session changes apply within seconds).
 */
const ttlMs = 2_000
const maxEntries = 10_000

type TEntry<T> = { row: T; storedAt: number }

const entries = new Map<string, TEntry<unknown>>()

export const cachedSession = <T>(tokenHash: string, now: number): T | undefined => {
  const entry = entries.get(tokenHash)
  if (!entry) return undefined
  if (now - entry.storedAt > ttlMs) {
    entries.delete(tokenHash)
    return undefined
  }
  return entry.row as T
}

export const rememberSession = <T>(tokenHash: string, row: T, now: number) => {
  // Oldest first out: a Map iterates in insertion order.
  if (entries.size >= maxEntries) entries.delete(entries.keys().next().value!)
  entries.set(tokenHash, { row, storedAt: now })
}

/** After any change to sessions or to what a session's user may do. */
export const forgetSessions = () => entries.clear()
