import { subsidyAmount } from '@cr/shared/subsidies/subsidy-amount'
import type {
  TSubsidyCase,
  ZSubsidyCaseCreate,
  ZSubsidyCaseListQuery,
  ZSubsidyCaseUpdate,
  ZSubsidyMemberInput,
} from '@cr/shared/subsidies/subsidy-case'
import { nextReviewDue } from '@cr/shared/subsidies/subsidy-review'
import { standardFor } from '@cr/shared/subsidies/subsidy-standard'
import { addDays, monthOf } from '@cr/shared/party/calendar'
import { amountInMonth } from '@cr/shared/subsidies/subsidy-payments'
import type { z } from 'zod'
import { committeeScope, type TActor } from '../../lib/actor.ts'
import type { TStepRecord } from '../../lib/audited-step.ts'
import type { TTransaction } from '../../lib/db-types.ts'
import { fromDbDate, toDbDate } from '../../lib/dates.ts'
import { AppError, fieldError, notFound } from '../../lib/errors.ts'
import { newId } from '../../lib/ids.ts'
import { pageArgs, parseSort, toPage } from '../../lib/keyset.ts'
import { updateVersioned } from '../../lib/versioned.ts'
import type { TWriteContext } from '../../lib/write.ts'
import { readStandards, subsidyCaseInclude, toSubsidyCaseDto } from './subsidy-case-dto.ts'

export const visibleSubsidyCases = (actor: Pick<TActor, 'allCommittees' | 'committeeIds'>) => ({
  AND: [{ deletedAt: null }, committeeScope(actor)],
})

type TMemberInput = z.output<typeof ZSubsidyMemberInput>

/** The cases that are reviewed: in payment (or suspended) once approved, in the actor's scope. */
export const reviewedCasesWhere = (actor: Pick<TActor, 'allCommittees' | 'committeeIds'>) => ({
  AND: [
    visibleSubsidyCases(actor),
    { stage: { in: ['in_payment' as const, 'suspended' as const] } },
  ],
  approvedOn: { not: null },
})

/** The dates `reviewDueOn` reads. */
export const reviewDatesSelect = {
  classification: true,
  approvedOn: true,
  lastReviewedOn: true,
  reportedChangeOn: true,
} as const

/**
 * When a reviewed case's next review is due: `nextReviewDue` on its stored dates, computed here
 * rather than restated in SQL, so the list, the reminders and the case page cannot disagree (an
 * office has a few hundred cases at most).
 */
export const reviewDueOn = (row: {
  classification: Parameters<typeof nextReviewDue>[0]
  approvedOn: Date | null
  lastReviewedOn: Date | null
  reportedChangeOn: Date | null
}) =>
  nextReviewDue(
    row.classification,
    fromDbDate(row.lastReviewedOn ?? row.approvedOn!),
    row.reportedChangeOn ? fromDbDate(row.reportedChangeOn) : null,
  )

/** The cases in payment (or suspended) whose next review is due on or before `day`. */
const caseIdsWithReviewDueBy = async (db: TTransaction, actor: TActor, day: string) => {
  const rows = await db.subsidyCase.findMany({
    where: reviewedCasesWhere(actor),
    select: { id: true, ...reviewDatesSelect },
  })
  return rows.filter((r) => reviewDueOn(r) <= day).map((r) => r.id)
}

/**
 * The cases whose amount in force in `month` (`amountInMonth` over their periods, as the case
 * answers it) lies within the band; a case never approved has no amount and is not in any band.
 */
const caseIdsWithAmountIn = async (
  db: TTransaction,
  actor: TActor,
  month: string,
  band: { minAmountFen?: number; maxAmountFen?: number },
) => {
  const rows = await db.subsidyCase.findMany({
    where: { AND: [visibleSubsidyCases(actor), { amounts: { some: {} } }] },
    select: { id: true, amounts: { select: { fromMonth: true, amountFen: true } } },
  })
  return rows
    .filter((r) => {
      const amount = amountInMonth(month, r.amounts)
      return (
        amount >= (band.minAmountFen ?? 0) &&
        (band.maxAmountFen === undefined || amount <= band.maxAmountFen)
      )
    })
    .map((r) => r.id)
}

/** In payment with no 一助一 pairing active on `today` (`pairingActiveOn`, as a query). */
const withoutHelperOn = (today: string) => ({
  stage: { in: ['in_payment' as const, 'suspended' as const] },
  pairings: {
    none: {
      deletedAt: null,
      startedOn: { lte: toDbDate(today) },
      OR: [{ endedOn: null }, { endedOn: { gte: toDbDate(today) } }],
    },
  },
})

export const listSubsidyCases = async (
  db: TTransaction,
  actor: TActor,
  query: z.output<typeof ZSubsidyCaseListQuery>,
  today: string,
) => {
  const sort = parseSort(query.sort)
  const standards = await readStandards(db)
  const reviewDueBy = [query.reviewDueBy, query.reviewOverdue ? addDays(today, -1) : undefined]
    .filter((d): d is string => !!d)
    .sort()[0]
  const filters = [
    visibleSubsidyCases(actor),
    query.committeeId ? { committeeId: query.committeeId } : {},
    query.householdId ? { householdId: query.householdId } : {},
    query.residentId ? { members: { some: { residentId: query.residentId } } } : {},
    query.stage ? { stage: query.stage } : {},
    query.classification ? { classification: query.classification } : {},
    reviewDueBy ? { id: { in: await caseIdsWithReviewDueBy(db, actor, reviewDueBy) } } : {},
    query.withoutHelper ? withoutHelperOn(today) : {},
    query.minAmountFen !== undefined || query.maxAmountFen !== undefined
      ? { id: { in: await caseIdsWithAmountIn(db, actor, monthOf(today), query) } }
      : {},
    query.q
      ? {
          OR: [
            { applicant: { name: { contains: query.q } } },
            { certificateNumber: { contains: query.q } },
          ],
        }
      : {},
  ]
  const { after, orderBy, skip, take } = pageArgs(sort, query)
  const [rows, total] = await Promise.all([
    db.subsidyCase.findMany({
      where: { AND: after ? [...filters, after] : filters },
      orderBy,
      skip,
      take,
      include: subsidyCaseInclude,
    }),
    db.subsidyCase.count({ where: { AND: filters } }),
  ])
  return {
    ...toPage(rows, query.limit, sort, (row) => toSubsidyCaseDto(row, today, standards)),
    total,
    page: query.page,
  }
}

export const getSubsidyCase = async (
  db: TTransaction,
  actor: TActor,
  id: string,
  today: string,
) => {
  const row = await db.subsidyCase.findFirst({
    where: { id, ...visibleSubsidyCases(actor) },
    include: subsidyCaseInclude,
  })
  if (!row) throw notFound()
  return toSubsidyCaseDto(row, today, await readStandards(db))
}

export const caseRecord = (ctx: TWriteContext, id: string): TStepRecord<TSubsidyCase> => ({
  entityType: 'subsidy_case',
  id,
  read: () => getSubsidyCase(ctx.tx, ctx.actor, id, ctx.today),
  committeeId: (c) => c.committee.id,
})

const memberRow = (m: TMemberInput) => ({
  residentId: m.residentId,
  covered: m.covered,
  wageFen: m.income.wage,
  businessFen: m.income.business,
  propertyFen: m.income.property,
  transferFen: m.income.transfer,
  otherFen: m.income.other,
})

/**
 * The members must live in the household now (its current members): a case is of the people
 * living together, never of someone who left or lives elsewhere. Each one not among them is a
 * field error at `members.<n>.residentId`.
 */
export const assertCurrentMembers = async (
  tx: TTransaction,
  householdId: string,
  members: readonly TMemberInput[],
) => {
  const current = await tx.householdMember.findMany({
    where: { householdId, leftOn: null },
    select: { residentId: true },
  })
  const ids = new Set(current.map((m) => m.residentId))
  const stranger = members.findIndex((m) => !ids.has(m.residentId))
  if (stranger >= 0)
    throw fieldError(`members.${stranger}.residentId`, 'subsidy_member_not_in_household')
}

export const replaceMembers = async (
  tx: TTransaction,
  caseId: string,
  members: readonly TMemberInput[],
) => {
  await tx.subsidyCaseMember.deleteMany({ where: { caseId } })
  await tx.subsidyCaseMember.createMany({
    data: members.map((m) => ({ id: newId(), caseId, ...memberRow(m) })),
  })
}

const bankFields = (ctx: TWriteContext, account: string | null | undefined) =>
  account === undefined
    ? {}
    : account === null
      ? { bankAccountCipher: null, bankAccountLast4: null }
      : { bankAccountCipher: ctx.cipher.encrypt(account), bankAccountLast4: account.slice(-4) }

export const addCaseEvent = (
  ctx: TWriteContext,
  caseId: string,
  step: string,
  on: string,
  detail: Record<string, unknown> = {},
) =>
  ctx.tx.subsidyCaseEvent.create({
    data: {
      id: newId(),
      caseId,
      step,
      on: toDbDate(on),
      detail: detail as never,
      recordedById: ctx.actor.userId,
      recordedBy: ctx.actor.name,
    },
  })

export const createSubsidyCase = async (
  ctx: TWriteContext,
  input: z.output<typeof ZSubsidyCaseCreate>,
) => {
  const household = await ctx.tx.household.findFirst({
    where: { AND: [{ id: input.householdId, deletedAt: null }, committeeScope(ctx.actor)] },
    select: { id: true, committeeId: true },
  })
  if (!household) throw fieldError('householdId', 'household_unknown')
  await assertCurrentMembers(ctx.tx, household.id, input.members)
  if (!input.members.some((m) => m.residentId === input.applicantId))
    throw fieldError('applicantId', 'subsidy_applicant_not_member')
  const open = await ctx.tx.subsidyCase.count({
    where: { householdId: household.id, deletedAt: null, stage: { notIn: ['stopped', 'refused'] } },
  })
  if (open > 0)
    throw new AppError('conflict', 409, {
      fields: [{ path: 'householdId', code: 'subsidy_case_open' }],
    })
  const id = newId()
  const { members, bankAccount, householdId, applicantId, appliedOn, ...fields } = input
  await ctx.tx.subsidyCase.create({
    data: {
      ...fields,
      ...bankFields(ctx, bankAccount),
      id,
      committeeId: household.committeeId,
      householdId,
      applicantId,
      appliedOn: toDbDate(appliedOn),
      stageEnteredOn: toDbDate(appliedOn),
      declarationReceivedOn: fields.declarationReceivedOn
        ? toDbDate(fields.declarationReceivedOn)
        : null,
    },
  })
  await replaceMembers(ctx.tx, id, members)
  await addCaseEvent(ctx, id, 'apply', appliedOn)
  const after = await getSubsidyCase(ctx.tx, ctx.actor, id, ctx.today)
  await ctx.audit({
    action: 'create',
    entityType: 'subsidy_case',
    entityId: id,
    committeeId: household.committeeId,
    after,
  })
  return after
}

export const updateSubsidyCase = async (
  ctx: TWriteContext,
  id: string,
  version: number,
  input: z.output<typeof ZSubsidyCaseUpdate>,
) => {
  const before = await getSubsidyCase(ctx.tx, ctx.actor, id, ctx.today)
  const { bankAccount, declarationReceivedOn, ...fields } = input
  await updateVersioned(ctx.tx.subsidyCase, { id, ...visibleSubsidyCases(ctx.actor) }, version, {
    ...fields,
    ...bankFields(ctx, bankAccount),
    ...(declarationReceivedOn === undefined
      ? {}
      : { declarationReceivedOn: declarationReceivedOn ? toDbDate(declarationReceivedOn) : null }),
  })
  const after = await getSubsidyCase(ctx.tx, ctx.actor, id, ctx.today)
  await ctx.audit({
    action: 'update',
    entityType: 'subsidy_case',
    entityId: id,
    committeeId: after.committee.id,
    before,
    after,
  })
  return after
}

/** Only a case that never reached payment may be deleted (an application entered by mistake). */
export const deleteSubsidyCase = async (ctx: TWriteContext, id: string, version: number) => {
  const before = await getSubsidyCase(ctx.tx, ctx.actor, id, ctx.today)
  if (before.monthlyAmountFen !== null)
    throw new AppError('conflict', 409, { fields: [{ path: 'id', code: 'subsidy_case_paid' }] })
  await updateVersioned(ctx.tx.subsidyCase, { id, ...visibleSubsidyCases(ctx.actor) }, version, {
    deletedAt: new Date(),
    deletedById: ctx.actor.userId,
  })
  await ctx.audit({
    action: 'delete',
    entityType: 'subsidy_case',
    entityId: id,
    committeeId: before.committee.id,
    before,
  })
}

/** What the figures give for `month`'s standard: refused when no standard is set for it. */
export const amountForMonth = async (
  tx: TTransaction,
  month: string,
  members: readonly TMemberInput[],
  adjustmentFen: number,
  path: string,
) => {
  const standard = standardFor(month, await readStandards(tx))
  if (!standard) throw fieldError(path, 'subsidy_standard_missing')
  return subsidyAmount({
    standardFen: standard.standardFen,
    floorFen: standard.floorFen,
    memberIncomesFen: members.map(
      (m) =>
        m.income.wage + m.income.business + m.income.property + m.income.transfer + m.income.other,
    ),
    coveredPeople: members.filter((m) => m.covered).length,
    adjustmentFen,
  })
}

export const membersOf = (c: TSubsidyCase): TMemberInput[] =>
  c.members.map((m) => ({
    residentId: m.resident.id,
    covered: m.covered,
    income: {
      wage: m.incomeFen.wage ?? 0,
      business: m.incomeFen.business ?? 0,
      property: m.incomeFen.property ?? 0,
      transfer: m.incomeFen.transfer ?? 0,
      other: m.incomeFen.other ?? 0,
    },
  }))
