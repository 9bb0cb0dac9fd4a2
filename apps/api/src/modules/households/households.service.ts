import {
  headRelationship,
  type ZHouseholdCreate,
  type ZHouseholdListQuery,
} from '@cr/shared/households/household'
import type { z } from 'zod'
import { committeeScope, type TActor } from '../../lib/actor.ts'
import { toDbDate } from '../../lib/dates.ts'
import type { TTransaction } from '../../lib/db-types.ts'
import { fieldError, notFound } from '../../lib/errors.ts'
import { newId } from '../../lib/ids.ts'
import { numbering, pageArgs, parseSort, toPage } from '../../lib/keyset.ts'
import type { TWriteContext } from '../../lib/write.ts'
import { visibleDwellings } from '../dwellings/dwellings.service.ts'
import {
  householdEventInclude,
  householdInclude,
  toHouseholdDto,
  toHouseholdEventDto,
} from './household-dto.ts'
import { assertJoinable, recordEvent } from './household-members.ts'

/**
 * `q`: a fragment of the dwelling's standard address, or of a current member's name. A
 * committee's households number in the hundreds, so a filtered scan of its rows is cheap.
 */
const householdSearchWhere = (q: string) => ({
  OR: [
    { dwelling: { address: { contains: q } } },
    { members: { some: { leftOn: null, resident: { name: { contains: q } } } } },
  ],
})

export const visibleHouseholds = (actor: TActor) => ({
  AND: [{ deletedAt: null }, committeeScope(actor)],
})

export const listHouseholds = async (
  db: TTransaction,
  actor: TActor,
  query: z.output<typeof ZHouseholdListQuery>,
) => {
  const sort = parseSort(query.sort)
  const filters = [
    visibleHouseholds(actor),
    query.committeeId ? { committeeId: query.committeeId } : {},
    query.dwellingId ? { dwellingId: query.dwellingId } : {},
    query.buildingId ? { dwelling: { buildingId: query.buildingId } } : {},
    query.q ? householdSearchWhere(query.q) : {},
  ]
  const { after, orderBy, skip, take } = pageArgs(sort, query)
  const rows = await db.household.findMany({
    where: { AND: after ? [...filters, after] : filters },
    orderBy,
    skip,
    take,
    include: householdInclude,
  })
  return {
    ...toPage(rows, query.limit, sort, toHouseholdDto),
    ...(await numbering(query, () => db.household.count({ where: { AND: filters } }))),
  }
}

export const getHousehold = async (db: TTransaction, actor: TActor, id: string) => {
  const row = await db.household.findFirst({
    where: { id, ...visibleHouseholds(actor) },
    include: householdInclude,
  })
  if (!row) throw notFound()
  return toHouseholdDto(row)
}

/** A dwelling the actor may see, for a household to be created in; else a field error. */
export const householdDwelling = async (ctx: TWriteContext, dwellingId: string) => {
  const dwelling = await ctx.tx.dwelling.findFirst({
    where: { id: dwellingId, ...visibleDwellings(ctx.actor) },
    select: { id: true, committeeId: true },
  })
  if (!dwelling) throw fieldError('dwellingId', 'dwelling_unknown')
  return dwelling
}

/**
 * Writes a household whose people have been checked (joinable, in the dwelling's committee):
 * the household, its head (02) and members joining on `date`, the 立户 and 迁入 events, and
 * one audit row. The one way a household is created (立户 and 登记住户 alike).
 */
export const establishHousehold = async (
  ctx: TWriteContext,
  dwelling: { id: string; committeeId: string },
  date: string,
  headResidentId: string,
  others: Array<{ residentId: string; relationship: string }>,
) => {
  const id = newId()
  await ctx.tx.household.create({
    data: { id, committeeId: dwelling.committeeId, dwellingId: dwelling.id, headResidentId },
  })
  const members = [{ residentId: headResidentId, relationship: headRelationship }, ...others]
  await ctx.tx.householdMember.createMany({
    data: members.map((m) => ({
      id: newId(),
      householdId: id,
      residentId: m.residentId,
      relationship: m.relationship,
      joinedOn: toDbDate(date),
    })),
  })
  await recordEvent(ctx, {
    householdId: id,
    type: 'created',
    date,
    residentId: headResidentId,
    relationship: headRelationship,
  })
  for (const m of others) {
    await recordEvent(ctx, {
      householdId: id,
      type: 'moved_in',
      date,
      residentId: m.residentId,
      relationship: m.relationship,
    })
  }
  const after = await getHousehold(ctx.tx, ctx.actor, id)
  await ctx.audit({
    action: 'create',
    entityType: 'household',
    entityId: id,
    committeeId: dwelling.committeeId,
    after,
  })
  return after
}

/** 立户: a household in a dwelling with its head (relationship 02) and members. */
export const createHousehold = async (
  ctx: TWriteContext,
  input: z.output<typeof ZHouseholdCreate>,
) => {
  const dwelling = await householdDwelling(ctx, input.dwellingId)
  const date = input.movedInOn ?? ctx.today
  const ids = [input.headResidentId, ...input.members.map((m) => m.residentId)]
  if (new Set(ids).size !== ids.length) throw fieldError('members', 'already_in_household', 409)
  input.members.forEach((m, i) => {
    if (m.relationship === headRelationship)
      throw fieldError(`members.${i}.relationship`, 'head_relationship')
  })
  await assertJoinable(ctx, input.headResidentId, dwelling.committeeId, 'headResidentId')
  for (const [i, m] of input.members.entries())
    await assertJoinable(ctx, m.residentId, dwelling.committeeId, `members.${i}.residentId`)
  return establishHousehold(ctx, dwelling, date, input.headResidentId, input.members)
}

export const householdHistory = async (db: TTransaction, actor: TActor, id: string) => {
  await getHousehold(db, actor, id)
  const rows = await db.householdEvent.findMany({
    where: { householdId: id },
    orderBy: [{ occurredOn: 'desc' }, { recordedAt: 'desc' }],
    include: householdEventInclude,
  })
  return { items: rows.map(toHouseholdEventDto) }
}
