/**
 * One Idempotency-Key per user submission. Submitting the same values again (a retry after a
 * timeout or a 503) reuses the key, so the server answers with the first result instead of
 * creating a second record; changed values or a finished submission get a new key.
 */
export type TIdempotencyKeeper = {
  keyFor: (payload: unknown) => string
  /** Call after a submission succeeded: the next one is a new submission. */
  reset: () => void
}

export const createIdempotencyKeeper = (newKey: () => string): TIdempotencyKeeper => {
  let last: { fingerprint: string; key: string } | null = null
  return {
    keyFor: (payload) => {
      const fingerprint = JSON.stringify(payload ?? null)
      if (last?.fingerprint !== fingerprint) last = { fingerprint, key: newKey() }
      return last.key
    },
    reset: () => {
      last = null
    },
  }
}
