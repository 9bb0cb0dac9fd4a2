import { addDays, laterOf } from '@cr/shared/party/calendar'
import { householdRegionOf } from '@cr/shared/rentals/household-region'
import { registrationDeadline } from '@cr/shared/rentals/registration'
import { endorsementReminderDays } from '@cr/shared/rentals/rental-rules'
import type {
  TTemporaryResident,
  TTemporaryResidentEvent,
  TTemporaryResidentEvents,
  ZTemporaryResidentCreate,
  ZTemporaryResidentLeave,
  ZTemporaryResidentListQuery,
  ZTemporaryResidentMove,
  ZTemporaryResidentRegister,
  ZTemporaryResidentUpdate,
} from '@cr/shared/rentals/temporary-resident'
import type { z } from 'zod'
import { committeeScope, type TActor } from '../../lib/actor.ts'
import { auditedStep, type TStepRecord } from '../../lib/audited-step.ts'
import type { TTransaction } from '../../lib/db-types.ts'
import { fromDbDate, toDbDate } from '../../lib/dates.ts'
import { fieldError, notFound } from '../../lib/errors.ts'
import { newId } from '../../lib/ids.ts'
import { pageArgs, parseSort, toPage } from '../../lib/keyset.ts'
import { updateVersioned } from '../../lib/versioned.ts'
import type { TWriteContext } from '../../lib/write.ts'
import { parseResidentSearch } from '../residents/resident-search.ts'
import { resolvePendingRegistration } from './pending-registrations.service.ts'
import { currentContractWhere } from './rental-property-dto.ts'
import { resolvePerson } from './rental-people.ts'
import { temporaryResidentInclude, toTemporaryResidentDto } from './temporary-resident-dto.ts'

export const visibleTemporaryResidents = (actor: TActor) => ({
  AND: [{ deletedAt: null }, committeeScope(actor)],
})

/** Registrations whose 居住证 签注 is due within the reminder window on `today`, or overdue. */
export const permitDueIds = async (db: TTransaction, today: string) => {
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT id FROM temporary_resident
    WHERE deleted_at IS NULL AND left_on IS NULL AND permit_issued_on IS NOT NULL
      AND (GREATEST(permit_issued_on, COALESCE(permit_last_endorsed_on, permit_issued_on))
        + interval '1 year')::date <= ${addDays(today, endorsementReminderDays)}::date`
  return rows.map((r) => r.id)
}

const timelinessWhere = (timeliness: 'due' | 'overdue', today: string) =>
  timeliness === 'due'
    ? { declaredOn: null, registrationDeadline: { gte: toDbDate(today) } }
    : { declaredOn: null, registrationDeadline: { lt: toDbDate(today) } }

/** Declared after (late) or on or before (on time) the stored deadline: one statement. */
const declaredIds = async (db: TTransaction, late: boolean) => {
  const rows = late
    ? await db.$queryRaw<{ id: string }[]>`SELECT id FROM temporary_resident
        WHERE deleted_at IS NULL AND declared_on > registration_deadline`
    : await db.$queryRaw<{ id: string }[]>`SELECT id FROM temporary_resident
        WHERE deleted_at IS NULL AND declared_on <= registration_deadline`
  return rows.map((r) => r.id)
}

/**
 * `q` read as the residents list reads it (`parseResidentSearch`): the last four of the ID number
 * or phone, a whole phone by its blind index (never compared in the clear), other digits find
 * nothing, else a part of the name.
 */
const personSearchWhere = (q: string, blindIndexes: (value: string) => string[]) => {
  const search = parseResidentSearch(q)
  switch (search.kind) {
    case 'last4':
      return {
        resident: {
          OR: [{ idNumberLast4: search.text.toUpperCase() }, { phoneLast4: search.text }],
        },
      }
    case 'phone':
      // Every index key in use: a rotation may not have re-indexed every row yet.
      return { resident: { phoneHash: { in: blindIndexes(search.phone) } } }
    case 'digits':
      return { id: { in: [] as string[] } }
    case 'name':
      return { resident: { name: { contains: search.text } } }
  }
}

export const listTemporaryResidents = async (
  db: TTransaction,
  actor: TActor,
  query: z.output<typeof ZTemporaryResidentListQuery>,
  today: string,
  blindIndexes: (value: string) => string[],
) => {
  const sort = parseSort(query.sort)
  const t = query.timeliness
  const filters = [
    visibleTemporaryResidents(actor),
    query.current ? { leftOn: null } : {},
    query.committeeId ? { committeeId: query.committeeId } : {},
    query.propertyId ? { propertyId: query.propertyId } : {},
    query.dwellingId ? { dwellingId: query.dwellingId } : {},
    query.residentId ? { residentId: query.residentId } : {},
    query.q ? personSearchWhere(query.q, blindIndexes) : {},
    query.reason ? { reason: query.reason } : {},
    query.householdProvince ? { householdProvince: query.householdProvince } : {},
    t === 'due' || t === 'overdue' ? timelinessWhere(t, today) : {},
    t === 'late' || t === 'on_time' ? { id: { in: await declaredIds(db, t === 'late') } } : {},
    query.permitDue === undefined
      ? {}
      : { id: { [query.permitDue ? 'in' : 'notIn']: await permitDueIds(db, today) } },
  ]
  const { after, orderBy, skip, take } = pageArgs(sort, query)
  const [rows, total] = await Promise.all([
    db.temporaryResident.findMany({
      where: { AND: after ? [...filters, after] : filters },
      orderBy,
      skip,
      take,
      include: temporaryResidentInclude,
    }),
    db.temporaryResident.count({ where: { AND: filters } }),
  ])
  return {
    ...toPage(rows, query.limit, sort, (row) => toTemporaryResidentDto(row, today)),
    total,
    page: query.page,
  }
}

export const getTemporaryResident = async (
  db: TTransaction,
  actor: TActor,
  id: string,
  today: string,
) => {
  const row = await db.temporaryResident.findFirst({
    where: { id, ...visibleTemporaryResidents(actor) },
    include: temporaryResidentInclude,
  })
  if (!row) throw notFound()
  return toTemporaryResidentDto(row, today)
}

/** The registration's dated history, oldest first (入住, 申报, 变更居住地, 注销). */
export const listTemporaryResidentEvents = async (
  db: TTransaction,
  actor: TActor,
  id: string,
): Promise<TTemporaryResidentEvents> => {
  const found = await db.temporaryResident.findFirst({
    where: { id, ...visibleTemporaryResidents(actor) },
    select: { id: true },
  })
  if (!found) throw notFound()
  const events = await db.temporaryResidentEvent.findMany({
    where: { temporaryResidentId: id },
    orderBy: [{ on: 'asc' }, { createdAt: 'asc' }],
  })
  const dwellingIds = [
    ...new Set(events.flatMap((e) => [e.fromDwellingId, e.toDwellingId]).filter((v) => !!v)),
  ] as string[]
  const userIds = [...new Set(events.map((e) => e.recordedById).filter((v) => !!v))] as string[]
  const [dwellings, users] = await Promise.all([
    db.dwelling.findMany({
      where: { id: { in: dwellingIds } },
      select: { id: true, address: true },
    }),
    db.user.findMany({ where: { id: { in: userIds } }, select: { id: true, displayName: true } }),
  ])
  const address = new Map(dwellings.map((d) => [d.id, d.address]))
  const userName = new Map(users.map((u) => [u.id, u.displayName]))
  const ref = (dwellingId: string | null) =>
    dwellingId ? { id: dwellingId, name: address.get(dwellingId) ?? '' } : null
  return {
    items: events.map((e) => ({
      id: e.id,
      type: e.type as TTemporaryResidentEvent['type'],
      on: fromDbDate(e.on),
      from: ref(e.fromDwellingId),
      to: ref(e.toDwellingId),
      note: e.note,
      recordedBy: e.recordedById ? (userName.get(e.recordedById) ?? null) : null,
      recordedAt: e.createdAt.toISOString(),
    })),
  }
}

const record = (ctx: TWriteContext, id: string): TStepRecord<TTemporaryResident> => ({
  entityType: 'temporary_resident',
  id,
  read: () => getTemporaryResident(ctx.tx, ctx.actor, id, ctx.today),
  committeeId: (r) => r.committee.id,
})

type TPlaceInput = {
  lodging: 'rented' | 'with_household' | 'dormitory'
  propertyId: string | null
  dwellingId: string | null
  contractId: string | null
}

/**
 * Where a person lives: a rental property in scope (its dwelling, and its current contract
 * unless one is named), or a dwelling in scope (staying with a household, a dormitory). A named
 * contract must be a live one of that property.
 */
const placeOf = async (ctx: TWriteContext, input: TPlaceInput) => {
  if (input.propertyId) {
    const property = await ctx.tx.rentalProperty.findFirst({
      where: { AND: [{ id: input.propertyId, deletedAt: null }, committeeScope(ctx.actor)] },
      select: {
        id: true,
        committeeId: true,
        dwellingId: true,
        contracts: {
          where: { ...currentContractWhere, cancelledOn: null },
          orderBy: { leaseStartsOn: 'desc' },
          take: 1,
          select: { id: true },
        },
      },
    })
    if (!property) throw fieldError('propertyId', 'rental_property_unknown')
    let contractId = property.contracts[0]?.id ?? null
    if (input.contractId) {
      const contract = await ctx.tx.rentalContract.findFirst({
        where: { id: input.contractId, propertyId: property.id, deletedAt: null },
        select: { id: true },
      })
      if (!contract) throw fieldError('contractId', 'rental_contract_unknown')
      contractId = contract.id
    }
    return {
      lodging: input.lodging,
      committeeId: property.committeeId,
      propertyId: property.id,
      dwellingId: property.dwellingId,
      contractId,
    }
  }
  const dwelling = await ctx.tx.dwelling.findFirst({
    where: { AND: [{ id: input.dwellingId ?? '', deletedAt: null }, committeeScope(ctx.actor)] },
    select: { id: true, committeeId: true },
  })
  if (!dwelling) throw fieldError('dwellingId', 'dwelling_unknown')
  if (input.contractId) throw fieldError('contractId', 'rental_contract_unknown')
  return {
    lodging: input.lodging === 'rented' ? ('with_household' as const) : input.lodging,
    committeeId: dwelling.committeeId,
    propertyId: null,
    dwellingId: dwelling.id,
    contractId: null,
  }
}

const event = (
  ctx: TWriteContext,
  temporaryResidentId: string,
  type: 'moved_in' | 'registered' | 'moved' | 'left',
  on: string,
  extra: { fromDwellingId?: string; toDwellingId?: string; note?: string | null } = {},
) =>
  ctx.tx.temporaryResidentEvent.create({
    data: {
      id: newId(),
      temporaryResidentId,
      type,
      on: toDbDate(on),
      fromDwellingId: extra.fromDwellingId ?? null,
      toDwellingId: extra.toDwellingId ?? null,
      note: extra.note ?? null,
      recordedById: ctx.actor.userId,
    },
  })

/**
 * 暂住登记 at the desk: the person found (a registered person) or registered (a new one, through
 * createResident, as living here, 暂住人口), where they live, since when and why, and — when
 * declared now — the declared date: late is recorded as late (the stored deadline is the 3rd
 * working day after moving in), never refused. 户籍地 comes from the ID number unless typed.
 */
export const createTemporaryResident = async (
  ctx: TWriteContext,
  input: z.output<typeof ZTemporaryResidentCreate>,
) => {
  const place = await placeOf(ctx, input)
  const residentId = await resolvePerson(ctx, place.committeeId, input.person, 'person', {
    residence: 'here',
    category: 'temporary',
  })
  const person = await ctx.tx.resident.findUniqueOrThrow({
    where: { id: residentId },
    select: { idNumberCipher: true, residence: true, status: true, committeeId: true },
  })
  if (person.status === 'deceased') throw fieldError('person.residentId', 'resident_deceased', 409)
  const current = await ctx.tx.temporaryResident.findFirst({
    where: { residentId, leftOn: null, deletedAt: null },
    select: { id: true },
  })
  if (current) throw fieldError('person.residentId', 'temporary_resident_exists', 409)
  // A person known as living elsewhere (a landlord) who moves in lives here now.
  if (person.residence !== 'here') {
    await ctx.tx.resident.update({
      where: { id: residentId },
      data: { residence: 'here', version: { increment: 1 } },
    })
    await ctx.audit({
      action: 'update',
      entityType: 'resident',
      entityId: residentId,
      committeeId: person.committeeId,
      before: { residence: 'elsewhere' },
      after: { residence: 'here' },
    })
  }
  const region = householdRegionOf(ctx.cipher.decrypt(person.idNumberCipher))
  const id = newId()
  await ctx.tx.temporaryResident.create({
    data: {
      id,
      committeeId: place.committeeId,
      residentId,
      lodging: place.lodging,
      propertyId: place.propertyId,
      dwellingId: place.dwellingId,
      contractId: place.contractId,
      householdRegionCode: region?.code ?? null,
      householdRegion: input.householdRegion ?? region?.name ?? null,
      householdProvince: region?.province ?? null,
      reason: input.reason,
      employer: input.employer,
      movedInOn: toDbDate(input.movedInOn),
      registrationDeadline: toDbDate(registrationDeadline(input.movedInOn).deadline),
      declaredOn: input.declaredOn ? toDbDate(input.declaredOn) : null,
      permitNumber: input.permitNumber,
      permitIssuedOn: input.permitIssuedOn ? toDbDate(input.permitIssuedOn) : null,
      permitLastEndorsedOn: input.permitLastEndorsedOn
        ? toDbDate(input.permitLastEndorsedOn)
        : null,
      notes: input.notes,
    },
  })
  await event(ctx, id, 'moved_in', input.movedInOn, { toDwellingId: place.dwellingId })
  if (input.declaredOn) await event(ctx, id, 'registered', input.declaredOn)
  if (input.pendingRegistrationId) await resolveFound(ctx, input.pendingRegistrationId, id, input)
  const after = await getTemporaryResident(ctx.tx, ctx.actor, id, ctx.today)
  await ctx.audit({
    action: 'create',
    entityType: 'temporary_resident',
    entityId: id,
    committeeId: place.committeeId,
    after,
  })
  return after
}

/** The person pending registration this registration registers: resolved as registered. */
const resolveFound = async (
  ctx: TWriteContext,
  pendingId: string,
  temporaryResidentId: string,
  input: { declaredOn: string | null },
) => {
  const found = await ctx.tx.pendingRegistration.findFirst({
    where: { AND: [{ id: pendingId, deletedAt: null }, committeeScope(ctx.actor)] },
    select: { version: true, state: true, reportedOn: true },
  })
  if (!found) throw fieldError('pendingRegistrationId', 'not_found')
  if (found.state !== 'pending')
    throw fieldError('pendingRegistrationId', 'pending_registration_resolved', 409)
  await resolvePendingRegistration(ctx, pendingId, found.version, {
    resolvedOn: laterOf(input.declaredOn ?? ctx.today, fromDbDate(found.reportedOn)),
    temporaryResidentId,
    clearReason: null,
  })
}

const dateOrNull = (v: string | null | undefined) =>
  v === undefined ? undefined : v ? toDbDate(v) : null

export const updateTemporaryResident = async (
  ctx: TWriteContext,
  id: string,
  version: number,
  input: z.output<typeof ZTemporaryResidentUpdate>,
) => {
  const before = await getTemporaryResident(ctx.tx, ctx.actor, id, ctx.today)
  const movedInOn = input.movedInOn ?? before.movedInOn
  const declaredOn = input.declaredOn === undefined ? before.declaredOn : input.declaredOn
  if (declaredOn && declaredOn < movedInOn)
    throw fieldError('declaredOn', 'temporary_resident_declared_before_move_in')
  const { movedInOn: m, declaredOn: d, permitIssuedOn, permitLastEndorsedOn, ...fields } = input
  await updateVersioned(
    ctx.tx.temporaryResident,
    { id, ...visibleTemporaryResidents(ctx.actor) },
    version,
    {
      ...fields,
      ...(m
        ? {
            movedInOn: toDbDate(m),
            registrationDeadline: toDbDate(registrationDeadline(m).deadline),
          }
        : {}),
      ...(d === undefined ? {} : { declaredOn: dateOrNull(d) }),
      ...(permitIssuedOn === undefined ? {} : { permitIssuedOn: dateOrNull(permitIssuedOn) }),
      ...(permitLastEndorsedOn === undefined
        ? {}
        : { permitLastEndorsedOn: dateOrNull(permitLastEndorsedOn) }),
    },
  )
  const after = await getTemporaryResident(ctx.tx, ctx.actor, id, ctx.today)
  await ctx.audit({
    action: 'update',
    entityType: 'temporary_resident',
    entityId: id,
    committeeId: after.committee.id,
    before,
    after,
  })
  return after
}

export const deleteTemporaryResident = async (ctx: TWriteContext, id: string, version: number) => {
  const before = await getTemporaryResident(ctx.tx, ctx.actor, id, ctx.today)
  await updateVersioned(
    ctx.tx.temporaryResident,
    { id, ...visibleTemporaryResidents(ctx.actor) },
    version,
    { deletedAt: new Date(), deletedById: ctx.actor.userId },
  )
  await ctx.audit({
    action: 'delete',
    entityType: 'temporary_resident',
    entityId: id,
    committeeId: before.committee.id,
    before,
  })
}

const assertCurrent = (r: TTemporaryResident) => {
  if (r.leftOn) throw fieldError('id', 'temporary_resident_left', 409)
}

/** 申报: declared on a day, on time or late (shown as late, not refused). */
export const registerTemporaryResident = (
  ctx: TWriteContext,
  id: string,
  version: number,
  input: z.output<typeof ZTemporaryResidentRegister>,
) =>
  auditedStep(ctx, record(ctx, id), async (before) => {
    assertCurrent(before)
    if (input.declaredOn < before.movedInOn)
      throw fieldError('declaredOn', 'temporary_resident_declared_before_move_in')
    await updateVersioned(
      ctx.tx.temporaryResident,
      { id, ...visibleTemporaryResidents(ctx.actor) },
      version,
      { declaredOn: toDbDate(input.declaredOn) },
    )
    await event(ctx, id, 'registered', input.declaredOn)
    return { step: 'register' }
  })

/** 变更居住地: to another dwelling on a day, with the move kept as an event. */
export const moveTemporaryResident = (
  ctx: TWriteContext,
  id: string,
  version: number,
  input: z.output<typeof ZTemporaryResidentMove>,
) =>
  auditedStep(ctx, record(ctx, id), async (before) => {
    assertCurrent(before)
    if (input.movedOn < before.movedInOn)
      throw fieldError('movedOn', 'temporary_resident_date_before_move_in')
    const place = await placeOf(ctx, input)
    await updateVersioned(
      ctx.tx.temporaryResident,
      { id, ...visibleTemporaryResidents(ctx.actor) },
      version,
      {
        lodging: place.lodging,
        committeeId: place.committeeId,
        propertyId: place.propertyId,
        dwellingId: place.dwellingId,
        contractId: place.contractId,
      },
    )
    await event(ctx, id, 'moved', input.movedOn, {
      fromDwellingId: before.dwelling.id,
      toDwellingId: place.dwellingId,
    })
    return { step: 'move' }
  })

/** 注销: left on a day; the registration keeps its history. */
export const leaveTemporaryResident = (
  ctx: TWriteContext,
  id: string,
  version: number,
  input: z.output<typeof ZTemporaryResidentLeave>,
) =>
  auditedStep(
    ctx,
    record(ctx, id),
    async (before) => {
      assertCurrent(before)
      if (input.leftOn < before.movedInOn)
        throw fieldError('leftOn', 'temporary_resident_date_before_move_in')
      await updateVersioned(
        ctx.tx.temporaryResident,
        { id, ...visibleTemporaryResidents(ctx.actor) },
        version,
        { leftOn: toDbDate(input.leftOn), leaveReason: input.reason },
      )
      await event(ctx, id, 'left', input.leftOn, { note: input.reason })
      return { step: 'leave' }
    },
    input.reason ?? undefined,
  )
