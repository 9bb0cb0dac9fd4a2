import type {
  ZResidentCreate,
  ZResidentTagging,
  ZResidentUpdate,
  ZRevealRequest,
} from '@cr/shared/residents/resident'
import type { z } from 'zod'
import { committeeScope, type TActor } from '../../lib/actor.ts'
import type { TFieldCipher } from '../../lib/crypto/field-cipher.ts'
import { AppError, fieldError, notFound } from '../../lib/errors.ts'
import { updateVersioned } from '../../lib/versioned.ts'
import type { TWriteContext } from '../../lib/write.ts'
import { assertCommitteeInScope } from '../committees/committee-refs.ts'
import { nameBigrams } from './name-bigrams.ts'
import { residentPhone, residentRowData } from './resident-row.ts'
import { findByIdNumberHash, getResident, type TSqlClient } from './residents.read.ts'

// Reads are the read model's (one SQL statement each, residents.read.ts); writes use Prisma
// inside write()'s transaction and read their result back through the same SQL on it.
export { getResident, listResidents } from './residents.read.ts'

const live = { deletedAt: null }

/** Residents this actor may see: live, in their committees (the Prisma filter of the writes). */
export const visibleResidents = (actor: TActor) => ({ AND: [live, committeeScope(actor)] })

/**
 * One ID number is one person: a second record is refused. Who sees the first (in their
 * committees, or everyone's) is pointed at it. A clerk is told only that the number is
 * registered in another committee and how a person who moved in is taken over — never where
 * or whose, or trying numbers would tell where anyone lives.
 */
const assertIdNumberFree = async (ctx: TWriteContext, idNumber: string) => {
  // Under every index key in use: while a rotation re-indexes, the first may carry an older one.
  const existing = await ctx.tx.resident.findFirst({
    where: { idNumberHash: { in: ctx.cipher.blindIndexes(idNumber) }, ...live },
    select: { id: true, name: true, committeeId: true, committee: { select: { name: true } } },
  })
  if (!existing) return
  const visible = ctx.actor.allCommittees || ctx.actor.committeeIds.includes(existing.committeeId)
  if (!visible) throw fieldError('idNumber', 'id_number_registered_elsewhere', 409)
  throw new AppError('conflict', 409, {
    fields: [{ path: 'idNumber', code: 'id_number_taken' }],
    existing: {
      type: 'resident',
      id: existing.id,
      label: `${existing.name}（${existing.committee.name}）`,
    },
  })
}

/**
 * `residence`: `elsewhere` for a person known to the office only because a record refers to them
 * (a landlord living elsewhere, registered by the rentals module); out of every population read.
 */
export const createResident = async (
  ctx: TWriteContext,
  input: z.output<typeof ZResidentCreate>,
  { residence = 'here' }: { residence?: 'here' | 'elsewhere' } = {},
) => {
  await assertCommitteeInScope(ctx.tx, ctx.actor, input.committeeId)
  await assertIdNumberFree(ctx, input.idNumber)
  const { birthDate, sex, idKind: _kind, ...fields } = input
  const row = await ctx.tx.resident.create({
    data: residentRowData(ctx.cipher, { ...fields, residence, stated: { sex, birthDate } }),
    select: { id: true, committeeId: true },
  })
  const after = await getResident(ctx.tx, ctx.actor, row.id, ctx.today)
  await ctx.audit({
    action: 'create',
    entityType: 'resident',
    entityId: row.id,
    committeeId: row.committeeId,
    after,
  })
  return after
}

export const updateResident = async (
  ctx: TWriteContext,
  id: string,
  version: number,
  input: z.output<typeof ZResidentUpdate>,
) => {
  const before = await getResident(ctx.tx, ctx.actor, id, ctx.today)
  // 死亡 closes the record (户口注销): only a correction of the event opens it again.
  if (before.status === 'deceased') throw fieldError('id', 'resident_deceased', 409)
  if (input.committeeId) await assertCommitteeInScope(ctx.tx, ctx.actor, input.committeeId)
  const { phone, ...fields } = input
  await updateVersioned(ctx.tx.resident, { id, ...visibleResidents(ctx.actor) }, version, {
    ...fields,
    ...(fields.name ? { nameBigrams: nameBigrams(fields.name) } : {}),
    // Absent: unchanged; null: removed.
    ...(phone !== undefined ? residentPhone(ctx.cipher, phone) : {}),
  })
  const after = await getResident(ctx.tx, ctx.actor, id, ctx.today)
  await ctx.audit({
    action: 'update',
    entityType: 'resident',
    entityId: id,
    committeeId: after.committee.id,
    before,
    after,
  })
  return after
}

/**
 * 批量打标签: the tags added to and removed from each selected resident, in one transaction, each
 * change audited as the form's would be. A resident outside the actor's committees (or gone)
 * makes the whole batch 404, as a single one would; people whose tags would not change are
 * counted, not written.
 */
export const tagResidents = async (
  ctx: TWriteContext,
  input: z.output<typeof ZResidentTagging>,
) => {
  const ids = [...new Set(input.residentIds)]
  const rows = await ctx.tx.resident.findMany({
    where: { id: { in: ids }, ...visibleResidents(ctx.actor) },
    select: { id: true, committeeId: true, tags: true, version: true },
    orderBy: { id: 'asc' },
  })
  if (rows.length !== ids.length) throw notFound()
  const removed = new Set<string>(input.remove)
  let changed = 0
  for (const row of rows) {
    const tags = [...new Set([...row.tags.filter((tag) => !removed.has(tag)), ...input.add])]
    if (tags.length === row.tags.length && tags.every((tag) => row.tags.includes(tag))) continue
    if (tags.length > 20) throw fieldError('add', 'tags_too_many')
    await updateVersioned(ctx.tx.resident, { id: row.id }, row.version, { tags })
    await ctx.audit({
      action: 'update',
      entityType: 'resident',
      entityId: row.id,
      committeeId: row.committeeId,
      before: { tags: row.tags },
      after: { tags },
    })
    changed += 1
  }
  return { changed, unchanged: rows.length - changed }
}

export const deleteResident = async (ctx: TWriteContext, id: string, version: number) => {
  const before = await getResident(ctx.tx, ctx.actor, id, ctx.today)
  if (before.household) throw fieldError('id', 'already_in_household', 409)
  await updateVersioned(ctx.tx.resident, { id, ...visibleResidents(ctx.actor) }, version, {
    deletedAt: new Date(),
    deletedById: ctx.actor.userId,
  })
  await ctx.audit({
    action: 'delete',
    entityType: 'resident',
    entityId: id,
    committeeId: before.committee.id,
    before,
  })
}

/** Shows one full identifier, for a stated reason, and leaves an audit row saying so. */
export const revealResident = async (
  ctx: TWriteContext,
  id: string,
  input: z.output<typeof ZRevealRequest>,
) => {
  const row = await ctx.tx.resident.findFirst({ where: { id, ...visibleResidents(ctx.actor) } })
  if (!row) throw notFound()
  const secret = input.field === 'idNumber' ? row.idNumberCipher : row.phoneCipher
  const value = secret ? ctx.cipher.decrypt(secret) : null
  await ctx.audit({
    action: 'reveal',
    entityType: 'resident',
    entityId: id,
    committeeId: row.committeeId,
    after: { field: input.field },
    reason: input.reason,
  })
  return { field: input.field, value }
}

/**
 * Exact lookup by full ID number (canonical: `ZResidentSearch` validated and normalised it)
 * through the blind index; the number is never stored or logged.
 */
export const searchByIdNumber = async (
  db: TSqlClient,
  cipher: TFieldCipher,
  actor: TActor,
  idNumber: string,
  today: string,
) => {
  const items = await findByIdNumberHash(db, actor, cipher.blindIndexes(idNumber), today)
  return { items, nextCursor: null }
}
