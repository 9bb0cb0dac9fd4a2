import { addMonthsToMonth, monthOf } from '@cr/shared/party/calendar'
import { amountInMonth } from '@cr/shared/subsidies/subsidy-payments'
import {
  hardshipReasonLabels,
  subsidyStageAfter,
  type THardshipReason,
  type TSubsidyStage,
} from '@cr/shared/subsidies/subsidy-steps'
import { fromDbDate, toDbDate, todayCst } from '../../lib/dates.ts'
import {
  committeeFilter,
  notDeletedBy,
  type TFigureScope,
  type TFigureSource,
} from '../statistics/figure-source.ts'

/**
 * The 低保 figures (社会保障) as of a date, in the cases list's committee scope.
 *
 * A case receives payment on `asOf` when its stage that day — replayed from its dated steps
 * (`SubsidyCaseEvent`, as `subsidy-case-steps.ts` moves it: a failed vote and a review that
 * does not stop leave it where it was) — is 保障中; 暂停发放 is not receiving. The people it covers
 * are its covered members: the case keeps them as a current list (a review replaces it, with
 * no dates), so they are today's members of the cases in payment on `asOf`.
 *
 * The payout is the locked rolls (a draft is not paid) of the months from `from`'s month
 * through `asOf`'s: each line's amount for its month plus its corrections of earlier months
 * (补发 +, 追回 −), as the roll totals them. A roll counts for its month even when locked after
 * `asOf` — its month's money, so a report made after the year shows the whole year.
 */
const casesWhere = (scope: TFigureScope) => ({
  AND: [notDeletedBy(scope), committeeFilter(scope), { appliedOn: { lte: toDbDate(scope.asOf) } }],
})

type TEvent = { step: string; on: Date; detail: unknown }

/** The stage a case stood at on `asOf`, from its steps dated on or before it. */
export const stageOn = (
  events: readonly TEvent[],
  fallback: { stage: TSubsidyStage; stageEnteredOn: Date },
  asOf: string,
): TSubsidyStage => {
  // A case without steps (none are written without one; kept safe): its stage from the day it
  // entered it, the earliest dated fact there is.
  if (events.length === 0)
    return fromDbDate(fallback.stageEnteredOn) <= asOf ? fallback.stage : 'applied'
  let stage: TSubsidyStage = 'applied'
  for (const event of events) {
    if (fromDbDate(event.on) > asOf) break
    const detail = (event.detail ?? {}) as { passed?: boolean; outcome?: string }
    // 申请 opens the case at 待入户调查 (the stage it starts at): nothing to change, and an
    // imported case's 申请 and 批准 of the same day may come in either order.
    if (event.step === 'apply') continue
    if (event.step === 'deliberate') stage = detail.passed === false ? stage : 'deliberated'
    else if (event.step === 'review') stage = detail.outcome === 'stop' ? 'stopped' : stage
    else if (event.step in subsidyStageAfter)
      stage = subsidyStageAfter[event.step as keyof typeof subsidyStageAfter]
  }
  return stage
}

const reasonLabel = (reason: string) =>
  hardshipReasonLabels[reason as THardshipReason]?.zh ?? reason

const casesInPayment = async (scope: TFigureScope) => {
  const cases = await scope.db.subsidyCase.findMany({
    where: casesWhere(scope),
    select: {
      id: true,
      committeeId: true,
      stage: true,
      stageEnteredOn: true,
      hardshipReason: true,
      applicant: { select: { name: true } },
      household: { select: { dwelling: { select: { address: true } } } },
      // All its steps (a case has a few dozen at most): `stageOn` stops at `asOf`.
      events: {
        orderBy: [{ on: 'asc' }, { createdAt: 'asc' }, { id: 'asc' }],
        select: { step: true, on: true, detail: true },
      },
      amounts: { select: { fromMonth: true, amountFen: true } },
      members: {
        where: { covered: true },
        select: { residentId: true, resident: { select: { name: true } } },
      },
    },
  })
  return cases.filter((c) => stageOn(c.events, c, scope.asOf) === 'in_payment')
}

const yuan = (fen: number) => `${(fen / 100).toFixed(2)}元`

const monthLabel = (month: string) => `${month.slice(0, 4)}年${Number(month.slice(5, 7))}月`

/** The months from `from`'s through `asOf`'s, as `YYYY-MM`. */
const monthsOf = (from: string, asOf: string) => {
  const months: string[] = []
  for (let m = monthOf(from); m <= monthOf(asOf); m = addMonthsToMonth(m, 1)) months.push(m)
  return months
}

export const subsidiesFigureSource: TFigureSource = {
  module: 'subsidies',
  permission: 'subsidy:read',
  recorded: async (scope) => (await scope.db.subsidyCase.count({ where: casesWhere(scope) })) > 0,
  figures: [
    {
      key: 'subsidies.households',
      rows: async (scope) =>
        (await casesInPayment(scope)).map((c) => ({
          recordType: 'subsidy_case' as const,
          recordId: c.id,
          label: c.applicant.name,
          detail: `${c.household.dwelling.address ?? ''} 月保障金${yuan(
            amountInMonth(monthOf(scope.asOf), c.amounts),
          )}`.trim(),
          committeeId: c.committeeId,
          part: c.hardshipReason,
          partLabel: reasonLabel(c.hardshipReason),
        })),
    },
    {
      key: 'subsidies.people',
      rows: async (scope) =>
        (await casesInPayment(scope)).flatMap((c) =>
          c.members.map((member) => ({
            recordType: 'subsidy_case' as const,
            recordId: c.id,
            label: member.resident.name,
            detail: `户主 ${c.applicant.name}`,
            committeeId: c.committeeId,
            part: c.hardshipReason,
            partLabel: reasonLabel(c.hardshipReason),
          })),
        ),
    },
    {
      key: 'subsidies.payout',
      rows: async (scope) =>
        (
          await scope.db.subsidyPayoutLine.findMany({
            where: {
              payout: {
                ...committeeFilter(scope),
                state: 'locked',
                month: { in: monthsOf(scope.from, scope.asOf) },
              },
            },
            select: {
              amountFen: true,
              correctionFen: true,
              payout: { select: { id: true, committeeId: true, month: true, lockedAt: true } },
              case: { select: { applicant: { select: { name: true } } } },
            },
          })
        ).map((line) => ({
          recordType: 'subsidy_payout' as const,
          recordId: line.payout.id,
          label: line.case.applicant.name,
          detail: monthLabel(line.payout.month),
          committeeId: line.payout.committeeId,
          part: line.payout.month,
          partLabel: monthLabel(line.payout.month),
          date: line.payout.lockedAt ? todayCst(line.payout.lockedAt) : null,
          amount: line.amountFen + line.correctionFen,
        })),
    },
  ],
}
