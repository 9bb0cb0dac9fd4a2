import type {
  TAssistanceCase,
  TAssistanceStage,
  ZAssistanceCaseCreate,
  ZAssistanceCaseListQuery,
  ZAssistanceCaseUpdate,
} from '@cr/shared/subsidies/assistance-case'
import {
  assistanceLimitFen,
  urgentPaperworkDueOn,
  type TAssistanceForm,
  type TAssistanceKind,
  type TAssistanceProcedure,
} from '@cr/shared/subsidies/assistance'
import { standardFor } from '@cr/shared/subsidies/subsidy-standard'
import { monthOf } from '@cr/shared/party/calendar'
import { formatYuan } from '@cr/shared/party/money'
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
import {
  getAssistanceLimitMonths,
  getAssistanceUrgentWorkingDays,
} from '../settings/settings.service.ts'
import { readStandards } from './subsidy-case-dto.ts'

/** 临时救助 cases: a registry resident helped once (contract: assistance-case.ts). */
const include = {
  committee: { select: { id: true, name: true } },
  resident: { select: { id: true, name: true } },
  household: { select: { id: true, head: { select: { name: true } } } },
  fundEntries: { where: { kind: 'payment' }, select: { id: true } },
} as const

type TRow = NonNullable<Awaited<ReturnType<typeof readRow>>>
const readRow = (db: TTransaction, where: object) => db.assistanceCase.findFirst({ where, include })

const day = (date: Date | null) => (date ? fromDbDate(date) : null)

/** Urgent, help given, the paperwork (approval) not done, and its deadline passed. */
const isOverdue = (row: TRow, today: string) =>
  row.procedure === 'urgent' &&
  row.approvedOn === null &&
  row.stage !== 'refused' &&
  row.paperworkDueOn !== null &&
  fromDbDate(row.paperworkDueOn) < today

const toDto = (row: TRow, today: string): TAssistanceCase => ({
  id: row.id,
  version: row.version,
  committee: row.committee,
  resident: row.resident,
  household: row.household ? { id: row.household.id, name: row.household.head.name } : null,
  kind: row.kind as TAssistanceKind,
  procedure: row.procedure as TAssistanceProcedure,
  form: row.form as TAssistanceForm,
  reason: row.reason,
  description: row.description,
  amountFen: row.amountFen,
  inKindDescription: row.inKindDescription,
  appliedOn: fromDbDate(row.appliedOn),
  helpedOn: day(row.helpedOn),
  stage: row.stage as TAssistanceStage,
  paperworkDueOn: day(row.paperworkDueOn),
  overdue: isOverdue(row, today),
  approved: row.approvedOn ? { on: fromDbDate(row.approvedOn), by: row.approvedBy ?? '' } : null,
  paid:
    row.paidOn && row.fundEntries[0]
      ? { on: fromDbDate(row.paidOn), by: row.paidBy ?? '', fundEntryId: row.fundEntries[0].id }
      : null,
  refused: row.refusedOn
    ? { on: fromDbDate(row.refusedOn), by: row.refusedBy ?? '', reason: row.refusalReason ?? '' }
    : null,
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
})

export const visibleAssistanceCases = (actor: Pick<TActor, 'allCommittees' | 'committeeIds'>) => ({
  AND: [{ deletedAt: null }, committeeScope(actor)],
})

export const getAssistanceCase = async (
  db: TTransaction,
  actor: TActor,
  id: string,
  today: string,
) => {
  const row = await readRow(db, { id, ...visibleAssistanceCases(actor) })
  if (!row) throw notFound()
  return toDto(row, today)
}

export const listAssistanceCases = async (
  db: TTransaction,
  actor: TActor,
  query: z.output<typeof ZAssistanceCaseListQuery>,
  today: string,
) => {
  const sort = parseSort(query.sort)
  const filters = [
    visibleAssistanceCases(actor),
    query.committeeId ? { committeeId: query.committeeId } : {},
    query.kind ? { kind: query.kind } : {},
    query.stage ? { stage: query.stage } : {},
    query.residentId ? { residentId: query.residentId } : {},
    query.overdue === undefined
      ? {}
      : query.overdue
        ? {
            procedure: 'urgent',
            approvedOn: null,
            stage: { not: 'refused' },
            paperworkDueOn: { lt: toDbDate(today) },
          }
        : {
            OR: [
              { procedure: 'ordinary' },
              { approvedOn: { not: null } },
              { stage: 'refused' },
              { paperworkDueOn: { gte: toDbDate(today) } },
            ],
          },
  ]
  const { after, orderBy, skip, take } = pageArgs(sort, query)
  const [rows, total, sums, paid] = await Promise.all([
    db.assistanceCase.findMany({
      where: { AND: after ? [...filters, after] : filters },
      orderBy,
      skip,
      take,
      include,
    }),
    db.assistanceCase.count({ where: { AND: filters } }),
    db.assistanceCase.aggregate({
      where: { AND: [...filters, { stage: { not: 'refused' } }] },
      _sum: { amountFen: true },
    }),
    db.assistanceCase.aggregate({
      where: { AND: [...filters, { paidOn: { not: null } }] },
      _sum: { amountFen: true },
    }),
  ])
  return {
    ...toPage(rows, query.limit, sort, (row) => toDto(row, today)),
    total,
    page: query.page,
    totals: {
      cases: total,
      amountFen: sums._sum.amountFen ?? 0,
      paidFen: paid._sum.amountFen ?? 0,
    },
  }
}

export const assistanceRecord = (ctx: TWriteContext, id: string): TStepRecord<TAssistanceCase> => ({
  entityType: 'assistance_case',
  id,
  read: () => getAssistanceCase(ctx.tx, ctx.actor, id, ctx.today),
  committeeId: (c) => c.committee.id,
})

/**
 * The most this case may receive: the setting's months × the 低保 standard in force in the month
 * of the help (urgent) or of the application. Above it is the amount's error, naming the limit.
 */
const assertWithinLimit = async (
  ctx: TWriteContext,
  amountFen: number,
  dayOfHelp: string,
  datePath: string,
) => {
  const standard = standardFor(monthOf(dayOfHelp), await readStandards(ctx.tx))
  if (!standard) throw fieldError(datePath, 'subsidy_standard_missing')
  const limitFen = assistanceLimitFen(standard.standardFen, await getAssistanceLimitMonths(ctx.tx))
  if (amountFen > limitFen) {
    const yuan = formatYuan(limitFen)
    throw new AppError('validation_failed', 400, {
      fields: [
        {
          path: 'amount',
          code: 'assistance_amount_over_limit',
          detail: { zh: `上限为 ${yuan} 元`, en: `the limit is ${yuan} yuan` },
        },
      ],
    })
  }
}

export const createAssistanceCase = async (
  ctx: TWriteContext,
  input: z.output<typeof ZAssistanceCaseCreate>,
) => {
  // The records named come first: a person or household out of scope is that field's error.
  const resident = await ctx.tx.resident.findFirst({
    where: { AND: [{ id: input.residentId, deletedAt: null }, committeeScope(ctx.actor)] },
    select: { id: true, committeeId: true },
  })
  if (!resident) throw fieldError('residentId', 'resident_unknown')
  if (input.householdId) {
    const household = await ctx.tx.household.findFirst({
      where: { AND: [{ id: input.householdId, deletedAt: null }, committeeScope(ctx.actor)] },
      select: { id: true },
    })
    if (!household) throw fieldError('householdId', 'household_unknown')
  }
  if (input.appliedOn > ctx.today) throw fieldError('appliedOn', 'life_event_date_in_future')
  if (input.helpedOn && input.helpedOn > ctx.today)
    throw fieldError('helpedOn', 'life_event_date_in_future')
  const urgent = input.procedure === 'urgent'
  const helpedOn = urgent ? input.helpedOn : null
  const amountFen = input.form === 'referral' ? 0 : input.amount
  // A referral pays nothing: it needs no standard.
  if (input.form !== 'referral')
    await assertWithinLimit(
      ctx,
      amountFen,
      helpedOn ?? input.appliedOn,
      helpedOn ? 'helpedOn' : 'appliedOn',
    )
  const paperworkDueOn = helpedOn
    ? urgentPaperworkDueOn(helpedOn, await getAssistanceUrgentWorkingDays(ctx.tx))
    : null
  const id = newId()
  await ctx.tx.assistanceCase.create({
    data: {
      id,
      committeeId: resident.committeeId,
      residentId: resident.id,
      householdId: input.householdId,
      kind: input.kind,
      procedure: input.procedure,
      form: input.form,
      reason: input.reason,
      description: input.description,
      amountFen,
      inKindDescription: input.inKindDescription,
      appliedOn: toDbDate(input.appliedOn),
      helpedOn: helpedOn ? toDbDate(helpedOn) : null,
      paperworkDueOn: paperworkDueOn ? toDbDate(paperworkDueOn) : null,
      stage: 'pending',
    },
  })
  const after = await getAssistanceCase(ctx.tx, ctx.actor, id, ctx.today)
  await ctx.audit({
    action: 'create',
    entityType: 'assistance_case',
    entityId: id,
    committeeId: resident.committeeId,
    after,
  })
  return after
}

/** The case's words (事由, 说明, the goods given): any time; its money and people never change. */
export const updateAssistanceCase = async (
  ctx: TWriteContext,
  id: string,
  version: number,
  input: z.output<typeof ZAssistanceCaseUpdate>,
) => {
  const before = await getAssistanceCase(ctx.tx, ctx.actor, id, ctx.today)
  await updateVersioned(
    ctx.tx.assistanceCase,
    { id, ...visibleAssistanceCases(ctx.actor) },
    version,
    {
      ...(input.reason === undefined ? {} : { reason: input.reason }),
      ...(input.description === undefined ? {} : { description: input.description }),
      ...(input.inKindDescription === undefined
        ? {}
        : { inKindDescription: input.inKindDescription }),
    },
  )
  const after = await getAssistanceCase(ctx.tx, ctx.actor, id, ctx.today)
  await ctx.audit({
    action: 'update',
    entityType: 'assistance_case',
    entityId: id,
    committeeId: before.committee.id,
    before,
    after,
  })
  return after
}

/** A case entered by mistake may be removed until money leaves the fund for it. */
export const deleteAssistanceCase = async (ctx: TWriteContext, id: string, version: number) => {
  const before = await getAssistanceCase(ctx.tx, ctx.actor, id, ctx.today)
  if (before.paid)
    throw new AppError('conflict', 409, {
      fields: [{ path: 'stage', code: 'assistance_step_not_allowed' }],
    })
  await updateVersioned(
    ctx.tx.assistanceCase,
    { id, ...visibleAssistanceCases(ctx.actor) },
    version,
    {
      deletedAt: new Date(),
      deletedById: ctx.actor.userId,
    },
  )
  await ctx.audit({
    action: 'delete',
    entityType: 'assistance_case',
    entityId: id,
    committeeId: before.committee.id,
    before,
  })
}
