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
 * not say which version it read must not overwrite silently. Unparseable → 412.
 */
export const requireIfMatch = (request: FastifyRequest): number => {
  const header = request.headers['if-match']
  if (!header) throw new AppError('precondition_required', 428)
  const match = /^(?:W\/)?"?(\d{1,9})"?$/.exec(header.trim())
  if (!match?.[1]) throw new AppError('precondition_failed', 412)
  return Number(match[1])
}
