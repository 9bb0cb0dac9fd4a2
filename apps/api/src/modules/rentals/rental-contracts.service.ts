import { addDays } from '@cr/shared/party/calendar'
import type {
  TRentalContract,
  ZRentalContractCancel,
  ZRentalContractCreate,
  ZRentalContractListQuery,
  ZRentalContractRenew,
  ZRentalContractUpdate,
} from '@cr/shared/rentals/rental-contract'
import { nextContractNumber } from '@cr/shared/rentals/rental-rules'
import type { z } from 'zod'
import { committeeScope, type TActor } from '../../lib/actor.ts'
import { auditedStep, type TStepRecord } from '../../lib/audited-step.ts'
import type { TTransaction } from '../../lib/db-types.ts'
import { toDbDate } from '../../lib/dates.ts'
import { AppError, fieldError, notFound } from '../../lib/errors.ts'
import { newId } from '../../lib/ids.ts'
import { pageArgs, parseSort, toPage } from '../../lib/keyset.ts'
import { updateVersioned } from '../../lib/versioned.ts'
import type { TWriteContext } from '../../lib/write.ts'
import { getRentalContractNumberPattern } from '../settings/settings.service.ts'
import {
  contractStatusWhere,
  rentalContractInclude,
  toRentalContractDto,
} from './rental-contract-dto.ts'

export const visibleRentalContracts = (actor: TActor) => ({
  AND: [{ deletedAt: null }, committeeScope(actor)],
})

export const listRentalContracts = async (
  db: TTransaction,
  actor: TActor,
  query: z.output<typeof ZRentalContractListQuery>,
  today: string,
) => {
  const sort = parseSort(query.sort)
  const filters = [
    visibleRentalContracts(actor),
    query.committeeId ? { committeeId: query.committeeId } : {},
    query.propertyId ? { propertyId: query.propertyId } : {},
    query.status ? contractStatusWhere(query.status, today) : {},
    query.endingWithinDays === undefined
      ? {}
      : {
          cancelledOn: null,
          leaseEndsOn: {
            gte: toDbDate(today),
            lte: toDbDate(addDays(today, query.endingWithinDays)),
          },
        },
    query.q
      ? {
          OR: [
            { number: { contains: query.q } },
            { property: { dwelling: { address: { contains: query.q } } } },
          ],
        }
      : {},
  ]
  const { after, orderBy, skip, take } = pageArgs(sort, query)
  const [rows, total] = await Promise.all([
    db.rentalContract.findMany({
      where: { AND: after ? [...filters, after] : filters },
      orderBy,
      skip,
      take,
      include: rentalContractInclude,
    }),
    db.rentalContract.count({ where: { AND: filters } }),
  ])
  return {
    ...toPage(rows, query.limit, sort, (row) => toRentalContractDto(row, today)),
    total,
    page: query.page,
  }
}

export const getRentalContract = async (
  db: TTransaction,
  actor: TActor,
  id: string,
  today: string,
): Promise<TRentalContract> => {
  const row = await db.rentalContract.findFirst({
    where: { id, ...visibleRentalContracts(actor) },
    include: rentalContractInclude,
  })
  if (!row) throw notFound()
  return toRentalContractDto(row, today)
}

const contractRecord = (ctx: TWriteContext, id: string): TStepRecord<TRentalContract> => ({
  entityType: 'rental_contract',
  id,
  read: () => getRentalContract(ctx.tx, ctx.actor, id, ctx.today),
  committeeId: (c) => c.committee.id,
})

/**
 * The number: as given (unique among live contracts, else 409 at `number`), or the next of the
 * office's scheme for the signing year. Concurrent writers are serialised on the scheme by a
 * transaction-level advisory lock, so two contracts signed at once do not take one number.
 */
const contractNumber = async (ctx: TWriteContext, given: string | null, signedOn: string) => {
  if (given) {
    const taken = await ctx.tx.rentalContract.findFirst({
      where: { number: given, deletedAt: null },
      select: { id: true },
    })
    if (taken) throw fieldError('number', 'rental_contract_number_taken', 409)
    return given
  }
  await ctx.tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('rental_contract_number'))`
  const pattern = await getRentalContractNumberPattern(ctx.tx)
  const year = Number(signedOn.slice(0, 4))
  const prefix = pattern.split('{')[0] ?? ''
  const used = await ctx.tx.rentalContract.findMany({
    where: { number: { startsWith: prefix } },
    select: { number: true },
  })
  return nextContractNumber(
    pattern,
    year,
    used.map((u) => u.number),
  )
}

/** The property a contract is for: live and in scope, else an unknown `propertyId`. */
const contractProperty = async (ctx: TWriteContext, propertyId: string) => {
  const property = await ctx.tx.rentalProperty.findFirst({
    where: { AND: [{ id: propertyId, deletedAt: null }, committeeScope(ctx.actor)] },
    select: { id: true, committeeId: true },
  })
  if (!property) throw fieldError('propertyId', 'rental_property_unknown')
  return property
}

type TLease = {
  signedOn: string
  leaseStartsOn: string
  leaseEndsOn: string
  monthlyRent: string | null
  notes: string | null
}

const insertContract = async (
  ctx: TWriteContext,
  property: { id: string; committeeId: string },
  number: string | null,
  lease: TLease,
  renewsId: string | null,
) => {
  const id = newId()
  await ctx.tx.rentalContract.create({
    data: {
      id,
      committeeId: property.committeeId,
      propertyId: property.id,
      number: await contractNumber(ctx, number, lease.signedOn),
      signedOn: toDbDate(lease.signedOn),
      leaseStartsOn: toDbDate(lease.leaseStartsOn),
      leaseEndsOn: toDbDate(lease.leaseEndsOn),
      monthlyRent: lease.monthlyRent,
      notes: lease.notes,
      renewsId,
    },
    select: { id: true },
  })
  const after = await getRentalContract(ctx.tx, ctx.actor, id, ctx.today)
  await ctx.audit({
    action: 'create',
    entityType: 'rental_contract',
    entityId: id,
    committeeId: property.committeeId,
    after,
  })
  return after
}

export const createRentalContract = async (
  ctx: TWriteContext,
  input: z.output<typeof ZRentalContractCreate>,
) => {
  const property = await contractProperty(ctx, input.propertyId)
  const { propertyId: _p, number, ...lease } = input
  return insertContract(ctx, property, number, lease, null)
}

export const updateRentalContract = async (
  ctx: TWriteContext,
  id: string,
  version: number,
  input: z.output<typeof ZRentalContractUpdate>,
) => {
  const before = await getRentalContract(ctx.tx, ctx.actor, id, ctx.today)
  const leaseStartsOn = input.leaseStartsOn ?? before.leaseStartsOn
  const leaseEndsOn = input.leaseEndsOn ?? before.leaseEndsOn
  if (leaseEndsOn < leaseStartsOn) throw fieldError('leaseEndsOn', 'rental_lease_end_before_start')
  if (input.number && input.number !== before.number)
    await contractNumber(ctx, input.number, before.signedOn)
  const { signedOn, leaseStartsOn: s, leaseEndsOn: e, ...fields } = input
  await updateVersioned(
    ctx.tx.rentalContract,
    { id, ...visibleRentalContracts(ctx.actor) },
    version,
    {
      ...fields,
      ...(signedOn ? { signedOn: toDbDate(signedOn) } : {}),
      ...(s ? { leaseStartsOn: toDbDate(s) } : {}),
      ...(e ? { leaseEndsOn: toDbDate(e) } : {}),
    },
  )
  const after = await getRentalContract(ctx.tx, ctx.actor, id, ctx.today)
  await ctx.audit({
    action: 'update',
    entityType: 'rental_contract',
    entityId: id,
    committeeId: after.committee.id,
    before,
    after,
  })
  return after
}

/**
 * Kept while temporary residents are registered under it (409). A deleted renewal lets the
 * contract it renewed be renewed again.
 */
export const deleteRentalContract = async (ctx: TWriteContext, id: string, version: number) => {
  const before = await getRentalContract(ctx.tx, ctx.actor, id, ctx.today)
  const residents = await ctx.tx.temporaryResident.count({
    where: { contractId: id, deletedAt: null },
  })
  if (residents > 0)
    throw new AppError('conflict', 409, {
      fields: [{ path: 'id', code: 'rental_contract_has_residents' }],
    })
  if (before.renewedBy) throw fieldError('id', 'rental_contract_renewed', 409)
  await updateVersioned(
    ctx.tx.rentalContract,
    { id, ...visibleRentalContracts(ctx.actor) },
    version,
    { deletedAt: new Date(), deletedById: ctx.actor.userId, renewsId: null },
  )
  await ctx.audit({
    action: 'delete',
    entityType: 'rental_contract',
    entityId: id,
    committeeId: before.committee.id,
    before,
  })
}

/** A contract a step may act on: not cancelled, not renewed already (409 at `id`). */
const assertOpen = (contract: TRentalContract) => {
  if (contract.cancelledOn) throw fieldError('id', 'rental_contract_cancelled', 409)
  if (contract.renewedBy) throw fieldError('id', 'rental_contract_renewed', 409)
}

/**
 * 续签: a new contract for the same property, linked to this one (`renews`), its lease from the
 * day after the old one ends unless given, the old rent unless given. The old contract is
 * audited as renewed (its version moves: a form holding it is stale); the new one is created.
 */
export const renewRentalContract = async (
  ctx: TWriteContext,
  id: string,
  version: number,
  input: z.output<typeof ZRentalContractRenew>,
) => {
  let renewal: TRentalContract | undefined
  await auditedStep(ctx, contractRecord(ctx, id), async (before) => {
    assertOpen(before)
    const leaseStartsOn = input.leaseStartsOn ?? addDays(before.leaseEndsOn, 1)
    if (input.leaseEndsOn < leaseStartsOn)
      throw fieldError('leaseEndsOn', 'rental_lease_end_before_start')
    await updateVersioned(
      ctx.tx.rentalContract,
      { id, ...visibleRentalContracts(ctx.actor) },
      version,
      {},
    )
    const property = await contractProperty(ctx, before.property.id)
    renewal = await insertContract(
      ctx,
      property,
      input.number,
      {
        signedOn: input.signedOn,
        leaseStartsOn,
        leaseEndsOn: input.leaseEndsOn,
        monthlyRent: input.monthlyRent === undefined ? before.monthlyRent : input.monthlyRent,
        notes: input.notes,
      },
      id,
    )
    return { step: 'renew', renewedBy: renewal.number }
  })
  return renewal!
}

/** 注销: ends the contract on a day, for a reason (no earlier than its signing). */
export const cancelRentalContract = (
  ctx: TWriteContext,
  id: string,
  version: number,
  input: z.output<typeof ZRentalContractCancel>,
) =>
  auditedStep(
    ctx,
    contractRecord(ctx, id),
    async (before) => {
      assertOpen(before)
      if (input.cancelledOn < before.signedOn)
        throw fieldError('cancelledOn', 'rental_cancel_before_signing')
      await updateVersioned(
        ctx.tx.rentalContract,
        { id, ...visibleRentalContracts(ctx.actor) },
        version,
        {
          cancelledOn: toDbDate(input.cancelledOn),
          cancelReason: input.reason,
        },
      )
      return { step: 'cancel' }
    },
    input.reason,
  )
