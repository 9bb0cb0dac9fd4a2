import type pg from 'pg'
import { AppError } from './errors.ts'

/** An Idempotency-Key as stored: who sent it, the key, and a keyed hash of what was asked. */
export type TIdempotency = {
  principal: string
  key: string
  requestHash: string
  method: string
  path: string
}

/**
 * `write()`'s Idempotency-Key rules for a change made on a raw pool connection
 * (`sqlTransaction`), such as an upload whose bytes go to PostgreSQL as one parameter. Call it
 * first in the change's transaction: it takes the key, or answers the stored answer when the key
 * was used before — a concurrent duplicate (another process, a retry through the proxy) waits on
 * the key's row until the first commits, then gets that answer. The same key with a different
 * request is refused (422).
 */
export const claimIdempotencyKey = async (
  client: pg.PoolClient,
  { principal, key, requestHash, method, path }: TIdempotency,
): Promise<{ status: number; body: unknown } | null> => {
  const inserted = await client.query(
    `INSERT INTO idempotency_key (principal, key, request_hash, method, path, status_code)
     VALUES ($1, $2, $3, $4, $5, 0) ON CONFLICT DO NOTHING`,
    [principal, key, requestHash, method, path],
  )
  if (inserted.rowCount) return null
  const { rows } = await client.query<{
    request_hash: string
    status_code: number
    response_body: unknown
  }>(
    `SELECT request_hash, status_code, response_body FROM idempotency_key
     WHERE principal = $1 AND key = $2`,
    [principal, key],
  )
  const stored = rows[0]
  if (!stored || stored.request_hash !== requestHash) {
    throw new AppError('idempotency_key_reused', 422)
  }
  return { status: stored.status_code, body: stored.response_body }
}

/** Stores the answer for the key taken by `claimIdempotencyKey`, in the same transaction. */
export const storeIdempotentAnswer = async (
  client: pg.PoolClient,
  { principal, key }: TIdempotency,
  status: number,
  body: unknown,
) => {
  await client.query(
    `UPDATE idempotency_key SET status_code = $3, response_body = $4
     WHERE principal = $1 AND key = $2`,
    [principal, key, status, JSON.stringify(body)],
  )
}
