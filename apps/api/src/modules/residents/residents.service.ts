import type {
  ZResidentCreate,
  ZResidentListQuery,
  ZResidentUpdate,
  ZRevealRequest,
} from '@cr/shared/residents/resident'
import { parseIdNumber } from '@cr/shared/validators/id-number'
import type { z } from 'zod'
import { committeeScope, type TActor } from '../../lib/actor.ts'
import type { TFieldCipher } from '../../lib/crypto/field-cipher.ts'
import type { TTransaction } from '../../lib/db-types.ts'
import { AppError, fieldError, notFound } from '../../lib/errors.ts'
import { keysetArgs, parseSort, toPage } from '../../lib/keyset.ts'
import { updateVersioned } from '../../lib/versioned.ts'
import type { TWriteContext } from '../../lib/write.ts'
import { assertCommitteeInScope } from '../committees/committee-refs.ts'
import { nameBigrams } from './name-bigrams.ts'
import { residentRowData } from './resident-row.ts'
import { residentInclude, residentOmit, toResidentDto } from './residents.repo.ts'
import { residentSearchWhere } from './resident-search.ts'

const live = { deletedAt: null }

/** Residents this actor may see: live, in their committees. */
export const visibleResidents = (actor: TActor) => ({ AND: [live, committeeScope(actor)] })

export const listResidents = async (
  db: TTransaction,
  actor: TActor,
  query: z.output<typeof ZResidentListQuery>,
) => {
  const sort = parseSort(query.sort)
  const filters = [
    visibleResidents(actor),
    query.committeeId ? { committeeId: query.committeeId } : {},
    query.category ? { category: query.category } : {},
    query.tag ? { tags: { has: query.tag } } : {},
    query.dwellingId
      ? { memberships: { some: { leftOn: null, household: { dwellingId: query.dwellingId } } } }
      : {},
    query.buildingId
      ? {
          memberships: {
            some: { leftOn: null, household: { dwelling: { buildingId: query.buildingId } } },
          },
        }
      : {},
    query.q ? residentSearchWhere(query.q) : {},
  ]
  const where = { AND: filters }
  const { after, orderBy } = keysetArgs(sort, query.cursor)
  const rows = await db.resident.findMany({
    where: after ? { AND: [...filters, after] } : where,
    orderBy,
    take: query.limit + 1,
    include: residentInclude,
    omit: residentOmit,
  })
  // Counting is cheap inside a committee; across everything it is left out (QUALITY.md 3).
  const total =
    query.committeeId || !actor.allCommittees ? await db.resident.count({ where }) : undefined
  return {
    ...toPage(rows, query.limit, sort, toResidentDto),
    ...(total === undefined ? {} : { total }),
  }
}

export const getResident = async (db: TTransaction, actor: TActor, id: string) => {
  const row = await db.resident.findFirst({
    where: { id, ...visibleResidents(actor) },
    include: residentInclude,
    omit: residentOmit,
  })
  if (!row) throw notFound()
  return toResidentDto(row)
}

/** One ID number is one person: a second record is refused with a pointer to the first. */
const assertIdNumberFree = async (ctx: TWriteContext, hash: string) => {
  const existing = await ctx.tx.resident.findFirst({
    where: { idNumberHash: hash, ...live },
    select: { id: true, name: true, committeeId: true, committee: { select: { name: true } } },
  })
  if (!existing) return
  const visible = ctx.actor.allCommittees || ctx.actor.committeeIds.includes(existing.committeeId)
  throw new AppError('conflict', 409, {
    fields: [{ path: 'idNumber', code: 'id_number_taken' }],
    // Out of the clerk's scope only the committee is named, not the person.
    existing: visible
      ? {
          type: 'resident',
          id: existing.id,
          label: `${existing.name}（${existing.committee.name}）`,
        }
      : { type: 'committee', id: existing.committeeId, label: existing.committee.name },
  })
}

export const createResident = async (
  ctx: TWriteContext,
  input: z.output<typeof ZResidentCreate>,
) => {
  await assertCommitteeInScope(ctx.tx, ctx.actor, input.committeeId)
  const hash = ctx.cipher.blindIndex(input.idNumber)
  await assertIdNumberFree(ctx, hash)
  const { birthDate: _derived, sex: _alsoDerived, idKind: _kind, ...fields } = input
  const row = await ctx.tx.resident.create({
    data: residentRowData(ctx.cipher, fields),
    include: residentInclude,
  })
  const after = toResidentDto(row)
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
  const before = await getResident(ctx.tx, ctx.actor, id)
  if (input.committeeId) await assertCommitteeInScope(ctx.tx, ctx.actor, input.committeeId)
  await updateVersioned(ctx.tx.resident, { id, ...visibleResidents(ctx.actor) }, version, {
    ...input,
    ...(input.name ? { nameBigrams: nameBigrams(input.name) } : {}),
  })
  const after = await getResident(ctx.tx, ctx.actor, id)
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

export const deleteResident = async (ctx: TWriteContext, id: string, version: number) => {
  const before = await getResident(ctx.tx, ctx.actor, id)
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
  const value = input.field === 'idNumber' ? ctx.cipher.decrypt(row.idNumberCipher) : row.phone
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

/** Exact lookup by full ID number through the blind index; the number is never stored or logged. */
export const searchByIdNumber = async (
  db: TTransaction,
  cipher: TFieldCipher,
  actor: TActor,
  raw: string,
) => {
  const parsed = parseIdNumber(raw)
  if (!parsed.ok) throw fieldError('idNumber', parsed.error)
  const rows = await db.resident.findMany({
    where: { AND: [visibleResidents(actor), { idNumberHash: cipher.blindIndex(parsed.id.value) }] },
    include: residentInclude,
    omit: residentOmit,
  })
  return { items: rows.map(toResidentDto), nextCursor: null }
}
