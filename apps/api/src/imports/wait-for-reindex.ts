import { setTimeout as sleep } from 'node:timers/promises'
import type pg from 'pg'
import type { TFieldCipher } from '../lib/crypto/field-cipher.ts'
import { blindIndexPending } from '../lib/crypto/key-rotation.ts'

/**
 * An import matches its rows to the people already registered in set-based SQL, by the blind
 * index under the current index key. While a key rotation re-indexes (key-rotation.ts), a person
 * may still carry the older key's hash, and the import would register them a second time; so
 * an import waits until the re-index is done (a few minutes for a district's residents) before
 * it starts, checking every `pollMs`. Past `maxWaitMs` it throws: the job fails as any failed
 * run does, and a queue that retries jobs runs it again later. Once done, new rows are indexed
 * under the current key only, so nothing can bring an older hash back while the import runs.
 */
export const waitForReindex = async (
  db: { pool: Pick<pg.Pool, 'query'> },
  cipher: Pick<TFieldCipher, 'currentVersion' | 'blindIndexes'>,
  { pollMs = 2000, maxWaitMs = 15 * 60_000 }: { pollMs?: number; maxWaitMs?: number } = {},
) => {
  // One index key in use (no rotation, or one that kept the index key): nothing to wait for.
  if (cipher.blindIndexes('').length === 1) return
  const started = Date.now()
  while (await blindIndexPending(db, cipher)) {
    if (Date.now() - started > maxWaitMs)
      throw new Error('the blind index is still being re-indexed after a key rotation')
    await sleep(pollMs)
  }
}
