import type { TSubsidyCase } from '@cr/shared/subsidies/subsidy-case'
import type {
  ZSubsidyApprove,
  ZSubsidyDecision,
  ZSubsidyDeliberate,
  ZSubsidyInvestigate,
  ZSubsidyObject,
  ZSubsidyPublicize,
  ZSubsidyReportChange,
  ZSubsidyReview,
  ZSubsidyStreetReview,
} from '@cr/shared/subsidies/subsidy-case'
import {
  amountChangeKind,
  amountInMonth,
  firstPaidMonth,
  stopsFromMonth,
} from '@cr/shared/subsidies/subsidy-payments'
import { reviewOutcome } from '@cr/shared/subsidies/subsidy-review'
import {
  canTakeStep,
  deliberationPasses,
  publicNoticeEndsOn,
  publicNoticeOver,
  subsidyStageAfter,
  type TSubsidyStage,
  type TSubsidyStep,
} from '@cr/shared/subsidies/subsidy-steps'
import { monthOf } from '@cr/shared/party/calendar'
import type { z } from 'zod'
import { auditedStep } from '../../lib/audited-step.ts'
import { toDbDate } from '../../lib/dates.ts'
import { AppError, fieldError } from '../../lib/errors.ts'
import { newId } from '../../lib/ids.ts'
import { updateVersioned } from '../../lib/versioned.ts'
import type { TWriteContext } from '../../lib/write.ts'
import { getDeliberationRule } from '../settings/settings.service.ts'
import {
  addCaseEvent,
  amountForMonth,
  assertCurrentMembers,
  caseRecord,
  membersOf,
  replaceMembers,
  visibleSubsidyCases,
} from './subsidy-cases.service.ts'

type TIn<T extends z.ZodType> = z.output<T>

/**
 * One step of a case: refused (409) unless its stage allows it, and dated no earlier than the
 * day the case entered its stage and no later than today (400 at the date's field). `change` writes what the step
 * changes besides the stage; the stage, the day and the history row are written here.
 */
const takeStep = (
  ctx: TWriteContext,
  id: string,
  version: number,
  step: TSubsidyStep,
  on: { date: string; path: string },
  change: (before: TSubsidyCase) => Promise<{
    stage?: TSubsidyStage
    data?: Record<string, unknown>
    detail?: Record<string, unknown>
  }>,
  references?: (before: TSubsidyCase) => Promise<void>,
) =>
  auditedStep(ctx, caseRecord(ctx, id), async (before) => {
    // The records a step names are checked first: a member who is not there is that member's
    // error at any stage (as a reference to a record out of scope is, everywhere).
    await references?.(before)
    if (!canTakeStep(before.stage, step))
      throw new AppError('conflict', 409, {
        fields: [{ path: 'stage', code: 'subsidy_step_not_allowed' }],
      })
    if (on.date < before.stageEnteredOn) throw fieldError(on.path, 'subsidy_step_date_order')
    if (on.date > ctx.today) throw fieldError(on.path, 'life_event_date_in_future')
    const { stage, data = {}, detail = {} } = await change(before)
    const next =
      stage ??
      (step === 'review' || step === 'report_change' ? before.stage : subsidyStageAfter[step])
    await updateVersioned(ctx.tx.subsidyCase, { id, ...visibleSubsidyCases(ctx.actor) }, version, {
      ...data,
      stage: next,
      ...(next === before.stage ? {} : { stageEnteredOn: toDbDate(on.date) }),
    })
    await addCaseEvent(ctx, id, step, on.date, detail)
    return { step }
  })

/**
 * The amount in force from `fromMonth`: a new period (增发 / 减发 / 停发 / 恢复), or the period
 * of that month replaced when one was already set for it. Months before keep theirs.
 */
const setAmountFrom = async (
  ctx: TWriteContext,
  before: TSubsidyCase,
  fromMonth: string,
  amountFen: number,
  kind: string,
  reason: string | null = null,
) => {
  await ctx.tx.subsidyAmountPeriod.upsert({
    where: { caseId_fromMonth: { caseId: before.id, fromMonth } },
    create: { id: newId(), caseId: before.id, fromMonth, amountFen, kind, reason },
    update: { amountFen, kind, reason },
  })
}

const periodsOf = (ctx: TWriteContext, caseId: string) =>
  ctx.tx.subsidyAmountPeriod.findMany({
    where: { caseId },
    select: { fromMonth: true, amountFen: true },
  })

export const investigateCase = (
  ctx: TWriteContext,
  id: string,
  version: number,
  input: TIn<typeof ZSubsidyInvestigate>,
) =>
  takeStep(
    ctx,
    id,
    version,
    'investigate',
    { date: input.investigatedOn, path: 'investigatedOn' },
    async () => {
      if (input.members) await replaceMembers(ctx.tx, id, input.members)
      return {
        detail: { investigators: [...new Set(input.investigators)], findings: input.findings },
      }
    },
    (before) =>
      input.members
        ? assertCurrentMembers(ctx.tx, before.household.id, input.members)
        : Promise.resolve(),
  )

/** 民主评议: a vote that fails the pass rule (a setting) is recorded and leaves the case where it was. */
export const deliberateCase = (
  ctx: TWriteContext,
  id: string,
  version: number,
  input: TIn<typeof ZSubsidyDeliberate>,
) =>
  takeStep(
    ctx,
    id,
    version,
    'deliberate',
    { date: input.heldOn, path: 'heldOn' },
    async (before) => {
      // The pass rule is a setting (two-thirds each by default), read in the step's transaction.
      const passed = deliberationPasses(input, await getDeliberationRule(ctx.tx))
      return {
        stage: passed ? 'deliberated' : before.stage,
        detail: {
          members: input.members,
          present: input.present,
          agree: input.agree,
          passed,
          minutes: input.minutes,
        },
      }
    },
  )

export const publicizeCase = (
  ctx: TWriteContext,
  id: string,
  version: number,
  input: TIn<typeof ZSubsidyPublicize>,
) =>
  takeStep(ctx, id, version, 'publicize', { date: input.startsOn, path: 'startsOn' }, async () => ({
    data: { publicNoticeStartsOn: toDbDate(input.startsOn) },
    detail: { endsOn: publicNoticeEndsOn(input.startsOn), place: input.place },
  }))

/** An objection during the 公示 sends the case back to investigation, the objection kept. */
export const objectToCase = (
  ctx: TWriteContext,
  id: string,
  version: number,
  input: TIn<typeof ZSubsidyObject>,
) =>
  takeStep(
    ctx,
    id,
    version,
    'object',
    { date: input.objectedOn, path: 'objectedOn' },
    async (before) => {
      if (before.publicNotice && input.objectedOn > before.publicNotice.endsOn)
        throw fieldError('objectedOn', 'subsidy_objection_after_notice')
      return {
        data: { publicNoticeStartsOn: null },
        detail: { objection: input.objection },
      }
    },
  )

/** 街道审核: only once the 7 days of 公示 are over. */
export const streetReviewCase = (
  ctx: TWriteContext,
  id: string,
  version: number,
  input: TIn<typeof ZSubsidyStreetReview>,
) =>
  takeStep(
    ctx,
    id,
    version,
    'street_review',
    { date: input.reviewedOn, path: 'reviewedOn' },
    async (before) => {
      if (before.publicNotice && !publicNoticeOver(before.publicNotice.startsOn, input.reviewedOn))
        throw new AppError('conflict', 409, {
          fields: [{ path: 'reviewedOn', code: 'subsidy_public_notice_running' }],
        })
      return { detail: { opinion: input.opinion } }
    },
  )

/** 审批: in payment from the approval's month, at the amount the figures give then. */
export const approveCase = (
  ctx: TWriteContext,
  id: string,
  version: number,
  input: TIn<typeof ZSubsidyApprove>,
) =>
  takeStep(
    ctx,
    id,
    version,
    'approve',
    { date: input.approvedOn, path: 'approvedOn' },
    async (before) => {
      const adjustmentFen = (input.adjustment ?? 0) * (input.adjustmentSign === 'minus' ? -1 : 1)
      if (adjustmentFen !== 0 && !input.adjustmentReason)
        throw fieldError('adjustmentReason', 'subsidy_adjustment_reason')
      const fromMonth = firstPaidMonth(input.approvedOn)
      const amount = await amountForMonth(
        ctx.tx,
        fromMonth,
        membersOf(before),
        adjustmentFen,
        'approvedOn',
      )
      if (!amount.eligible) throw fieldError('approvedOn', 'subsidy_not_eligible')
      await setAmountFrom(
        ctx,
        before,
        fromMonth,
        amount.amountFen,
        'approved',
        input.adjustmentReason,
      )
      return {
        data: {
          approvedOn: toDbDate(input.approvedOn),
          adjustmentFen,
          adjustmentReason: input.adjustmentReason,
          ...(input.certificateNumber ? { certificateNumber: input.certificateNumber } : {}),
        },
        detail: { fromMonth, amountFen: amount.amountFen },
      }
    },
  )

/**
 * 复核: the members' incomes re-recorded; the amount they give from `fromMonth` continues,
 * adjusts (增发 / 减发) or stops the case. Never before the approval's month.
 */
export const reviewCase = (
  ctx: TWriteContext,
  id: string,
  version: number,
  input: TIn<typeof ZSubsidyReview>,
) =>
  takeStep(
    ctx,
    id,
    version,
    'review',
    { date: input.reviewedOn, path: 'reviewedOn' },
    async (before) => {
      await replaceMembers(ctx.tx, id, input.members)
      const approvedMonth = before.history.find((e) => e.step === 'approve')?.on
      if (approvedMonth && input.fromMonth < monthOf(approvedMonth))
        throw fieldError('fromMonth', 'subsidy_step_date_order')
      const amount = await amountForMonth(
        ctx.tx,
        input.fromMonth,
        input.members,
        before.computed.adjustmentFen,
        'fromMonth',
      )
      const current = amountInMonth(input.fromMonth, await periodsOf(ctx, id))
      const outcome = reviewOutcome(current, amount.amountFen)
      const kind = amountChangeKind(current, amount.amountFen)
      if (kind)
        await setAmountFrom(ctx, before, input.fromMonth, amount.amountFen, kind, input.note)
      return {
        stage: outcome === 'stop' ? 'stopped' : before.stage,
        data: {
          lastReviewedOn: toDbDate(input.reviewedOn),
          reportedChangeOn: null,
          ...(input.classification ? { classification: input.classification } : {}),
        },
        detail: {
          outcome,
          fromMonth: input.fromMonth,
          amountFen: amount.amountFen,
          note: input.note,
        },
      }
    },
    (before) => assertCurrentMembers(ctx.tx, before.household.id, input.members),
  )

/** 家庭变化报告: recorded with the day; the case's review is due from that day (`nextReviewDue`). */
export const reportChange = (
  ctx: TWriteContext,
  id: string,
  version: number,
  input: TIn<typeof ZSubsidyReportChange>,
) =>
  takeStep(
    ctx,
    id,
    version,
    'report_change',
    { date: input.reportedOn, path: 'reportedOn' },
    async () => ({
      data: { reportedChangeOn: toDbDate(input.reportedOn) },
      detail: { change: input.change },
    }),
  )

const decision =
  (step: 'suspend' | 'resume' | 'stop' | 'refuse') =>
  (ctx: TWriteContext, id: string, version: number, input: TIn<typeof ZSubsidyDecision>) =>
    takeStep(
      ctx,
      id,
      version,
      step,
      { date: input.decidedOn, path: 'decidedOn' },
      async (before) => {
        if (step === 'suspend' || step === 'stop')
          await setAmountFrom(ctx, before, stopsFromMonth(input.decidedOn), 0, 'stop', input.reason)
        if (step === 'resume') {
          // Resumed at the last amount paid before the suspension, from the decision's month.
          const periods = await periodsOf(ctx, id)
          const last = [...periods].reverse().find((p) => p.amountFen > 0)
          await setAmountFrom(
            ctx,
            before,
            monthOf(input.decidedOn),
            last?.amountFen ?? 0,
            'resume',
            input.reason,
          )
        }
        return { detail: { reason: input.reason } }
      },
    )

export const suspendCase = decision('suspend')
export const resumeCase = decision('resume')
export const stopCase = decision('stop')
export const refuseCase = decision('refuse')
