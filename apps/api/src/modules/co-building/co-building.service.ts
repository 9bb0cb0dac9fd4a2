import type {
  ZCoBuildingActivityCreate,
  ZCoBuildingAgreementCreate,
  ZCoBuildingUnitCreate,
  ZCoBuildingUnitListQuery,
  ZCoBuildingUnitUpdate,
} from '@cr/shared/party/co-building'
import type { z } from 'zod'
import type { TActor } from '../../lib/actor.ts'
import { toDbDate } from '../../lib/dates.ts'
import type { TTransaction } from '../../lib/db-types.ts'
import { notFound } from '../../lib/errors.ts'
import { newId } from '../../lib/ids.ts'
import { numbering, pageArgs, parseSort, toPage } from '../../lib/keyset.ts'
import { updateVersioned } from '../../lib/versioned.ts'
import type { TWriteContext } from '../../lib/write.ts'
import { coBuildingUnitInclude, toCoBuildingUnitDto } from './co-building-unit-dto.ts'

const live = { deletedAt: null }

export const listUnits = async (
  db: TTransaction,
  _actor: TActor,
  query: z.output<typeof ZCoBuildingUnitListQuery>,
  today: string,
) => {
  const sort = parseSort(query.sort)
  const filters = [live, query.q ? { name: { contains: query.q } } : {}]
  const { after, orderBy, skip, take } = pageArgs(sort, query)
  const rows = await db.coBuildingUnit.findMany({
    where: { AND: after ? [...filters, after] : filters },
    orderBy,
    skip,
    take,
    include: coBuildingUnitInclude,
  })
  return {
    ...toPage(rows, query.limit, sort, (row) => toCoBuildingUnitDto(row, today)),
    ...(await numbering(query, () => db.coBuildingUnit.count({ where: { AND: filters } }))),
  }
}

export const getUnit = async (db: TTransaction, _actor: TActor, id: string, today: string) => {
  const row = await db.coBuildingUnit.findFirst({
    where: { id, ...live },
    include: coBuildingUnitInclude,
  })
  if (!row) throw notFound()
  return toCoBuildingUnitDto(row, today)
}

export const createUnit = async (
  ctx: TWriteContext,
  input: z.output<typeof ZCoBuildingUnitCreate>,
) => {
  const id = newId()
  await ctx.tx.coBuildingUnit.create({ data: { id, ...input } })
  const after = await getUnit(ctx.tx, ctx.actor, id, ctx.today)
  await ctx.audit({ action: 'create', entityType: 'co_building_unit', entityId: id, after })
  return after
}

export const updateUnit = async (
  ctx: TWriteContext,
  id: string,
  version: number,
  input: z.output<typeof ZCoBuildingUnitUpdate>,
) => {
  const before = await getUnit(ctx.tx, ctx.actor, id, ctx.today)
  await updateVersioned(ctx.tx.coBuildingUnit, { id, ...live }, version, input)
  const after = await getUnit(ctx.tx, ctx.actor, id, ctx.today)
  await ctx.audit({ action: 'update', entityType: 'co_building_unit', entityId: id, before, after })
  return after
}

export const deleteUnit = async (ctx: TWriteContext, id: string, version: number) => {
  const before = await getUnit(ctx.tx, ctx.actor, id, ctx.today)
  await updateVersioned(ctx.tx.coBuildingUnit, { id, ...live }, version, {
    deletedAt: new Date(),
    deletedById: ctx.actor.userId,
  })
  await ctx.audit({ action: 'delete', entityType: 'co_building_unit', entityId: id, before })
}

export const addAgreement = async (
  ctx: TWriteContext,
  unitId: string,
  input: z.output<typeof ZCoBuildingAgreementCreate>,
) => {
  await getUnit(ctx.tx, ctx.actor, unitId, ctx.today)
  const id = newId()
  await ctx.tx.coBuildingAgreement.create({
    data: {
      id,
      unitId,
      signedOn: toDbDate(input.signedOn),
      termEnd: input.termEnd ? toDbDate(input.termEnd) : null,
      commitments: input.commitments,
    },
  })
  await ctx.audit({
    action: 'create',
    entityType: 'co_building_agreement',
    entityId: id,
    after: input,
  })
  return getUnit(ctx.tx, ctx.actor, unitId, ctx.today)
}

export const addActivity = async (
  ctx: TWriteContext,
  agreementId: string,
  input: z.output<typeof ZCoBuildingActivityCreate>,
) => {
  const agreement = await ctx.tx.coBuildingAgreement.findFirst({
    where: { id: agreementId, unit: live },
  })
  if (!agreement) throw notFound()
  const id = newId()
  await ctx.tx.coBuildingActivity.create({
    data: {
      id,
      agreementId,
      heldOn: toDbDate(input.heldOn),
      title: input.title,
      description: input.description,
    },
  })
  await ctx.audit({
    action: 'create',
    entityType: 'co_building_activity',
    entityId: id,
    after: input,
  })
  return getUnit(ctx.tx, ctx.actor, agreement.unitId, ctx.today)
}
