import type { FastifyReply, FastifyRequest } from 'fastify'
import { AppError } from './errors.ts'

/** The ETag of a record is its version: `"7"`. */
export const etagFor = (version: number): string => `"${version}"`

export const setEtag = (reply: FastifyReply, record: unknown): void => {
  if (
    record &&
    typeof record === 'object' &&
    'version' in record &&
    typeof record.version === 'number'
  ) {
    void reply.header('etag', etagFor(record.version))
  }
}

/**
 * The version a write is based on, from If-Match. Missing → 428 (RFC 6585): a client that does
 * not say which version it read must not overwrite silently. Unparseable → 412, and so is a weak
 * tag (`W/"3"`): If-Match compares strongly (RFC 9110 §13.1.1), and our tags are strong.
 * A bare number (`3`) is accepted for scripts.
 */
export const requireIfMatch = (request: FastifyRequest): number => {
  const header = request.headers['if-match']
  if (!header) throw new AppError('precondition_required', 428)
  const match = /^"(\d{1,9})"$|^(\d{1,9})$/.exec(header.trim())
  const version = match?.[1] ?? match?.[2]
  if (!version) throw new AppError('precondition_failed', 412)
  return Number(version)
}
