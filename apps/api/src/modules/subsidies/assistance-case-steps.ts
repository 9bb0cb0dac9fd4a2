import type {
  TAssistanceCase,
  TAssistanceStage,
  ZAssistanceApprove,
  ZAssistancePay,
  ZAssistanceRefuse,
} from '@cr/shared/subsidies/assistance-case'
import type { z } from 'zod'
import { auditedStep } from '../../lib/audited-step.ts'
import { toDbDate } from '../../lib/dates.ts'
import { AppError, fieldError } from '../../lib/errors.ts'
import { updateVersioned } from '../../lib/versioned.ts'
import type { TWriteContext } from '../../lib/write.ts'
import { payFromFund } from './assistance-fund.service.ts'
import { assistanceRecord, visibleAssistanceCases } from './assistance-cases.service.ts'

/**
 * The steps of a 临时救助 case. 一般程序: approve, then pay. 紧急程序 (急难型): help first — pay
 * while pending — and approve afterwards to complete the paperwork (or approve first). Refusal
 * only before money left the fund. Each step is dated between the application and today.
 */
const refused = () =>
  new AppError('conflict', 409, {
    fields: [{ path: 'stage', code: 'assistance_step_not_allowed' }],
  })

/** Urgent help may come before the written application: a step may be dated from either. */
const assertDated = (before: TAssistanceCase, on: string, path: string, today: string) => {
  const from =
    before.helpedOn && before.helpedOn < before.appliedOn ? before.helpedOn : before.appliedOn
  if (on < from || on > today) throw fieldError(path, 'assistance_date_order')
}

const setStage = (
  ctx: TWriteContext,
  id: string,
  version: number,
  stage: TAssistanceStage,
  data: Record<string, unknown>,
) =>
  updateVersioned(ctx.tx.assistanceCase, { id, ...visibleAssistanceCases(ctx.actor) }, version, {
    stage,
    ...data,
  })

/** 审批 (a supervisor's): before paying, or — urgent — after the help, completing the case. */
export const approveAssistance = (
  ctx: TWriteContext,
  id: string,
  version: number,
  input: z.output<typeof ZAssistanceApprove>,
) =>
  auditedStep(ctx, assistanceRecord(ctx, id), async (before) => {
    const next: TAssistanceStage | null =
      before.stage === 'pending'
        ? before.form === 'referral'
          ? 'completed'
          : 'approved'
        : before.stage === 'helped'
          ? 'completed'
          : null
    if (!next) throw refused()
    assertDated(before, input.approvedOn, 'approvedOn', ctx.today)
    await setStage(ctx, id, version, next, {
      approvedOn: toDbDate(input.approvedOn),
      approvedBy: ctx.actor.name,
      approvedById: ctx.actor.userId,
    })
    return { step: 'approve', note: input.note }
  })

/**
 * 发放: the amount leaves the committee's petty fund (refused with 409 when the balance is
 * short). Ordinary cases are paid once approved; urgent ones may be paid before.
 */
export const payAssistance = (
  ctx: TWriteContext,
  id: string,
  version: number,
  input: z.output<typeof ZAssistancePay>,
) =>
  auditedStep(ctx, assistanceRecord(ctx, id), async (before) => {
    if (before.form === 'referral')
      throw new AppError('conflict', 409, {
        fields: [{ path: 'form', code: 'assistance_referral_unpaid' }],
      })
    const next: TAssistanceStage | null =
      before.stage === 'approved'
        ? 'completed'
        : before.stage === 'pending' && before.procedure === 'urgent'
          ? 'helped'
          : null
    if (!next) throw refused()
    assertDated(before, input.paidOn, 'paidOn', ctx.today)
    await setStage(ctx, id, version, next, {
      paidOn: toDbDate(input.paidOn),
      paidBy: ctx.actor.name,
    })
    const fundEntryId = await payFromFund(ctx, before, input.paidOn)
    return { step: 'pay', fundEntryId, note: input.note }
  })

/** 不予救助 (a supervisor's), with its reason: only while nothing has been paid. */
export const refuseAssistance = (
  ctx: TWriteContext,
  id: string,
  version: number,
  input: z.output<typeof ZAssistanceRefuse>,
) =>
  auditedStep(ctx, assistanceRecord(ctx, id), async (before) => {
    if (before.stage !== 'pending' && before.stage !== 'approved') throw refused()
    assertDated(before, input.refusedOn, 'refusedOn', ctx.today)
    await setStage(ctx, id, version, 'refused', {
      refusedOn: toDbDate(input.refusedOn),
      refusedBy: ctx.actor.name,
      refusalReason: input.reason,
    })
    return { step: 'refuse' }
  })
