import type { FastifyRequest } from 'fastify'
import type { TActor } from '../../lib/actor.ts'
import type { TTransaction } from '../../lib/db-types.ts'
import type { TFieldCipher } from '../../lib/crypto/field-cipher.ts'
import { AppError, fieldError, notFound } from '../../lib/errors.ts'
import { newId } from '../../lib/ids.ts'
import type { TWriteContext } from '../../lib/write.ts'
import { touchLog, visibleLogs } from './patrol-logs.service.ts'

/** A finding's photo: at most 5 MB, a JPEG, PNG or WebP by its bytes (not by its name or header). */
export const maxPhotoBytes = 5 * 1024 * 1024

const startsWith = (bytes: Buffer, signature: number[], at = 0) =>
  signature.every((b, i) => bytes[at + i] === b)

/** The image type by its magic bytes, or null for anything else. */
export const photoTypeOf = (bytes: Buffer): string | null => {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg'
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png'
  if (startsWith(bytes, [0x52, 0x49, 0x46, 0x46]) && startsWith(bytes, [0x57, 0x45, 0x42, 0x50], 8))
    return 'image/webp'
  return null
}

const missing = () => fieldError('file', 'patrol_photo_missing')

/** The one `file` part of the upload, held in memory (≤ 5 MB; more is a 413). */
export const readPhoto = async (request: FastifyRequest) => {
  if (!request.isMultipart()) throw missing()
  let content: Buffer | undefined
  try {
    for await (const part of request.parts()) {
      if (part.type !== 'file') continue
      if (part.fieldname !== 'file' || content) {
        part.file.resume()
        continue
      }
      content = await part.toBuffer()
      if (part.file.truncated) throw new AppError('patrol_photo_too_large', 413)
    }
  } catch (error) {
    if (error instanceof AppError) throw error
    if ((error as { statusCode?: number }).statusCode === 413)
      throw new AppError('patrol_photo_too_large', 413)
    throw missing()
  }
  if (!content || content.length === 0) throw missing()
  const contentType = photoTypeOf(content)
  if (!contentType) throw fieldError('file', 'patrol_photo_type_refused')
  return { content, contentType }
}

/** The bytes are kept encrypted under the field key, bound to the photo's id. */
const context = (id: string) => `patrol_photo:${id}`

/** Stores a photo for a log (of the log's committee: findings of its logs may name it). */
export const storePhoto = async (
  ctx: TWriteContext,
  logId: string,
  photo: { content: Buffer; contentType: string },
) => {
  const log = await touchLog(ctx, logId)
  const id = newId()
  await ctx.tx.patrolPhoto.create({
    data: {
      id,
      committeeId: log.committeeId,
      contentType: photo.contentType,
      size: photo.content.length,
      bytes: new Uint8Array(ctx.cipher.encryptBytes(photo.content, context(id))),
      uploadedById: ctx.actor.userId,
    },
  })
  await ctx.audit({
    action: 'create',
    entityType: 'patrol_photo',
    entityId: id,
    committeeId: log.committeeId,
    after: { id, logId, contentType: photo.contentType, size: photo.content.length },
  })
  return { id }
}

/** A photo through a log the actor sees: a photo of that log's committee, else 404. */
export const readStoredPhoto = async (
  db: TTransaction,
  cipher: TFieldCipher,
  actor: TActor,
  logId: string,
  photoId: string,
) => {
  const log = await db.patrolLog.findFirst({
    where: { id: logId, ...visibleLogs(actor) },
    select: { committeeId: true },
  })
  if (!log) throw notFound()
  const photo = await db.patrolPhoto.findFirst({
    where: { id: photoId, committeeId: log.committeeId },
    select: { contentType: true, bytes: true },
  })
  if (!photo) throw notFound()
  return {
    contentType: photo.contentType,
    bytes: cipher.decryptBytes(photo.bytes, context(photoId)),
  }
}
