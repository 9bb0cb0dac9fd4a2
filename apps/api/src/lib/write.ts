import type { FastifyReply, FastifyRequest } from 'fastify'
import type { TTransaction } from './db-types.ts'
import type { TActor } from './actor.ts'
import type { TFieldCipher } from './crypto/field-cipher.ts'
import { writeAudit, type TAuditInput } from './audit.ts'
import { AppError, unauthenticated } from './errors.ts'
import { setEtag } from './etag.ts'

/** What a service method that changes data receives: one transaction, who acts, and the audit. */
export type TWriteContext = {
  tx: TTransaction
  actor: TActor
  audit: (input: TAuditInput) => Promise<unknown>
  /** For personal identifiers: encrypt, decrypt, blind index. */
  cipher: TFieldCipher
  /** Today (CST, `YYYY-MM-DD`) by the app's clock, once per request: the date rules' "today". */
  today: string
}

const keyPattern = /^[\x21-\x7e]{1,255}$/

/** The request's `Idempotency-Key` (POST only), checked: printable ASCII, 1–255 characters. */
export const idempotencyKeyOf = (request: FastifyRequest) => {
  const key = request.method === 'POST' ? request.headers['idempotency-key'] : undefined
  if (typeof key === 'string' && !keyPattern.test(key)) {
    throw new AppError('validation_failed', 400, {
      fields: [{ path: 'headers.idempotency-key', code: 'bad_request' }],
    })
  }
  return typeof key === 'string' ? key : undefined
}

/**
 * Runs a change in one transaction with its audit rows and answers with `status` and the result
 * (plus its ETag). A POST with `Idempotency-Key` stores its answer in the same transaction: a
 * retry gets the stored answer, a concurrent duplicate waits on the key's row lock and then gets
 * it too, and the same key with a different body is refused (422).
 * @see https://datatracker.ietf.org/doc/draft-ietf-httpapi-idempotency-key-header/
 */
export const write = async <T>(
  request: FastifyRequest,
  reply: FastifyReply,
  status: number,
  change: (ctx: TWriteContext) => Promise<T>,
  options: { storedForReplay?: (body: T) => unknown } = {},
) => {
  const actor = request.actor
  if (!actor) throw unauthenticated()
  const meta = { requestId: request.id, clientIp: request.ip }
  const key = idempotencyKeyOf(request)
  const principal = `${actor.type}:${actor.id}`
  // Keyed (HMAC), not a bare SHA-256: bodies can hold ID numbers, and an unkeyed hash of a
  // guessable body could be brute-forced from a database dump.
  const requestBody = `idempotency:${request.method} ${request.url}\n${JSON.stringify(request.body ?? null)}`
  const requestHash = request.server.cipher.blindIndex(requestBody)

  const answer = await request.server.db.prisma.$transaction(async (tx) => {
    if (typeof key === 'string') {
      const inserted = await tx.$executeRaw`
        INSERT INTO idempotency_key (principal, key, request_hash, method, path, status_code)
        VALUES (${principal}, ${key}, ${requestHash}, ${request.method}, ${request.url}, 0)
        ON CONFLICT DO NOTHING`
      if (inserted === 0) {
        const stored = await tx.idempotencyKey.findUniqueOrThrow({
          where: { principal_key: { principal, key } },
        })
        // A key stored before the index key rotated carries the older key's hash.
        const same = (body: string) =>
          request.server.cipher.blindIndexes(body).includes(stored.requestHash)
        if (stored.requestHash !== requestHash && !same(requestBody))
          throw new AppError('idempotency_key_reused', 422)
        return { status: stored.statusCode, body: stored.responseBody as T, replayed: true }
      }
    }
    const ctx: TWriteContext = {
      tx,
      actor,
      audit: (input) => writeAudit(tx, actor, meta, input),
      cipher: request.server.cipher,
      today: request.server.today(),
    }
    const body = await change(ctx)
    if (typeof key === 'string') {
      await tx.idempotencyKey.update({
        where: { principal_key: { principal, key } },
        data: {
          statusCode: status,
          responseBody: ((options.storedForReplay ?? ((b) => b))(body) ?? null) as never,
        },
      })
    }
    return { status, body, replayed: false }
  })

  if (answer.replayed) void reply.header('idempotent-replayed', 'true')
  setEtag(reply, answer.body)
  return reply.code(answer.status).send(answer.body)
}
