import type {
  TCoBuildingUnit,
  ZCoBuildingActivityCreate,
  ZCoBuildingAgreementCreate,
  ZCoBuildingUnitCreate,
  ZCoBuildingUnitListQuery,
  ZCoBuildingUnitUpdate,
} from '@cr/shared/party/co-building'
import type { z } from 'zod'
import type { TActor } from '../../lib/actor.ts'
import { fromDbDate, toDbDate } from '../../lib/dates.ts'
import type { TTransaction } from '../../lib/db-types.ts'
import { notFound } from '../../lib/errors.ts'
import { newId } from '../../lib/ids.ts'
import { keysetArgs, parseSort, toPage } from '../../lib/keyset.ts'
import { updateVersioned } from '../../lib/versioned.ts'
import type { TWriteContext } from '../../lib/write.ts'

const live = { deletedAt: null }

const include = {
  agreements: {
    orderBy: { signedOn: 'desc' },
    include: { activities: { orderBy: { heldOn: 'desc' } } },
  },
} as const

type TRow = NonNullable<Awaited<ReturnType<TTransaction['coBuildingUnit']['findFirst']>>> & {
  agreements: (NonNullable<
    Awaited<ReturnType<TTransaction['coBuildingAgreement']['findFirst']>>
  > & {
    activities: NonNullable<Awaited<ReturnType<TTransaction['coBuildingActivity']['findFirst']>>>[]
  })[]
}

const toDto = (row: TRow, today: string): TCoBuildingUnit => ({
  id: row.id,
  version: row.version,
  name: row.name,
  partyBranchName: row.partyBranchName,
  contactName: row.contactName,
  contactPhone: row.contactPhone,
  address: row.address,
  notes: row.notes,
  agreements: row.agreements.map((a) => {
    const signedOn = fromDbDate(a.signedOn)
    const termEnd = a.termEnd ? fromDbDate(a.termEnd) : null
    return {
      id: a.id,
      signedOn,
      termEnd,
      commitments: a.commitments,
      inForce: signedOn <= today && (termEnd === null || today <= termEnd),
      activities: a.activities.map((x) => ({
        id: x.id,
        heldOn: fromDbDate(x.heldOn),
        title: x.title,
        description: x.description,
      })),
    }
  }),
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
})

export const listUnits = async (
  db: TTransaction,
  _actor: TActor,
  query: z.output<typeof ZCoBuildingUnitListQuery>,
  today: string,
) => {
  const sort = parseSort(query.sort)
  const filters = [live, query.q ? { name: { contains: query.q } } : {}]
  const { after, orderBy } = keysetArgs(sort, query.cursor)
  const rows = await db.coBuildingUnit.findMany({
    where: { AND: after ? [...filters, after] : filters },
    orderBy,
    take: query.limit + 1,
    include,
  })
  return toPage(rows, query.limit, sort, (row) => toDto(row, today))
}

export const getUnit = async (db: TTransaction, _actor: TActor, id: string, today: string) => {
  const row = await db.coBuildingUnit.findFirst({ where: { id, ...live }, include })
  if (!row) throw notFound()
  return toDto(row, today)
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
