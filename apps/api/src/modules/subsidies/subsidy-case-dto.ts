import { monthOf } from '@cr/shared/party/calendar'
import { pairingActiveOn } from '@cr/shared/subsidies/pairing'
import { subsidyAmount } from '@cr/shared/subsidies/subsidy-amount'
import type { TSubsidyCase } from '@cr/shared/subsidies/subsidy-case'
import { amountInMonth } from '@cr/shared/subsidies/subsidy-payments'
import { nextReviewDue } from '@cr/shared/subsidies/subsidy-review'
import { standardFor, type TSubsidyStandard } from '@cr/shared/subsidies/subsidy-standard'
import {
  missingMaterials,
  publicNoticeEndsOn,
  subsidyStepDeadline,
  subsidyStepsFrom,
  type TSubsidyMaterial,
} from '@cr/shared/subsidies/subsidy-steps'
import type { TTransaction } from '../../lib/db-types.ts'
import { fromDbDate } from '../../lib/dates.ts'

export const subsidyCaseInclude = {
  committee: { select: { id: true, name: true } },
  household: { select: { id: true, dwelling: { select: { address: true } } } },
  applicant: { select: { id: true, name: true } },
  members: {
    orderBy: { id: 'asc' },
    include: { resident: { select: { id: true, name: true } } },
  },
  // Steps are dated no earlier than the one before (takeStep), so recording order is date order.
  events: { orderBy: { createdAt: 'asc' } },
  amounts: { orderBy: { fromMonth: 'asc' } },
  pairings: {
    where: { deletedAt: null },
    orderBy: { startedOn: 'desc' },
    select: { id: true, helperName: true, startedOn: true, endedOn: true },
  },
} as const

type TCaseRow = Awaited<ReturnType<TTransaction['subsidyCase']['findFirstOrThrow']>>
type TRow = TCaseRow & {
  committee: { id: string; name: string }
  household: { id: string; dwelling: { address: string } }
  applicant: { id: string; name: string }
  members: Array<{
    resident: { id: string; name: string }
    covered: boolean
    wageFen: number
    businessFen: number
    propertyFen: number
    transferFen: number
    otherFen: number
  }>
  events: Array<{ step: string; on: Date; recordedBy: string; detail: unknown }>
  amounts: Array<{ fromMonth: string; amountFen: number; kind: string; reason: string | null }>
  pairings: Array<{ id: string; helperName: string; startedOn: Date; endedOn: Date | null }>
}

const day = (d: Date | null) => (d ? fromDbDate(d) : null)

const incomeOf = (m: TRow['members'][number]) => ({
  wage: m.wageFen,
  business: m.businessFen,
  property: m.propertyFen,
  transfer: m.transferFen,
  other: m.otherFen,
})

/** The amount the case's figures give this month at the standard in force (shown with its formula). */
const computedAmount = (row: TRow, standard: TSubsidyStandard | null) => {
  const incomes = row.members.map((m) => Object.values(incomeOf(m)).reduce((a, b) => a + b, 0))
  const coveredPeople = row.members.filter((m) => m.covered).length
  const figures = subsidyAmount({
    standardFen: standard?.standardFen ?? 0,
    floorFen: standard?.floorFen ?? 0,
    memberIncomesFen: incomes.length ? incomes : [0],
    coveredPeople: Math.max(1, Math.min(coveredPeople, Math.max(incomes.length, 1))),
    adjustmentFen: row.adjustmentFen,
  })
  return {
    standardFen: standard?.standardFen ?? null,
    floorFen: standard?.floorFen ?? null,
    householdIncomeFen: figures.householdIncomeFen,
    householdSize: figures.householdSize,
    perCapitaIncomeFen: figures.perCapitaIncomeFen,
    perPersonFen: standard ? figures.perPersonFen : 0,
    floorApplied: figures.floorApplied,
    coveredPeople,
    adjustmentFen: figures.adjustmentFen,
    amountFen: standard ? figures.amountFen : 0,
  }
}

export const toSubsidyCaseDto = (
  row: TRow,
  today: string,
  standards: readonly TSubsidyStandard[],
): TSubsidyCase => {
  const stageEnteredOn = fromDbDate(row.stageEnteredOn)
  const deadline = subsidyStepDeadline(row.stage, stageEnteredOn)
  const noticeStartsOn = day(row.publicNoticeStartsOn)
  const approvedOn = day(row.approvedOn)
  const inPayment = row.stage === 'in_payment' || row.stage === 'suspended'
  const materials = row.materials as TSubsidyMaterial[]
  const month = monthOf(today)
  return {
    id: row.id,
    version: row.version,
    committee: row.committee,
    household: { id: row.household.id, name: row.household.dwelling.address },
    applicant: row.applicant,
    appliedOn: fromDbDate(row.appliedOn),
    stage: row.stage,
    stageEnteredOn,
    nextStep: subsidyStepsFrom[row.stage][0] ?? null,
    deadline: deadline?.deadline ?? null,
    deadlineProvisional: deadline?.provisional ?? false,
    overdue: !!deadline && deadline.deadline < today,
    publicNotice: noticeStartsOn
      ? { startsOn: noticeStartsOn, endsOn: publicNoticeEndsOn(noticeStartsOn) }
      : null,
    members: row.members.map((m) => {
      const incomeFen = incomeOf(m)
      return {
        resident: m.resident,
        covered: m.covered,
        incomeFen,
        totalIncomeFen: Object.values(incomeFen).reduce((a, b) => a + b, 0),
      }
    }),
    coveredPeople: row.members.filter((m) => m.covered).length,
    hardshipReason: row.hardshipReason,
    classification: row.classification,
    assets: row.assets,
    declarationReceivedOn: day(row.declarationReceivedOn),
    materials,
    missingMaterials: missingMaterials(materials),
    certificateNumber: row.certificateNumber,
    bankName: row.bankName,
    bankAccountMasked: row.bankAccountLast4 ? `****${row.bankAccountLast4}` : null,
    computed: computedAmount(row, standardFor(month, standards)),
    monthlyAmountFen: row.amounts.length ? amountInMonth(month, row.amounts) : null,
    amountPeriods: row.amounts.map((a) => ({
      fromMonth: a.fromMonth,
      amountFen: a.amountFen,
      change: a.kind as TSubsidyCase['amountPeriods'][number]['change'],
      reason: a.reason,
    })),
    reportedChangeOn: inPayment ? day(row.reportedChangeOn) : null,
    reviewDueOn:
      inPayment && approvedOn
        ? nextReviewDue(
            row.classification,
            day(row.lastReviewedOn) ?? approvedOn,
            day(row.reportedChangeOn),
          )
        : null,
    helper:
      row.pairings
        .filter((p) =>
          pairingActiveOn({ startedOn: fromDbDate(p.startedOn), endedOn: day(p.endedOn) }, today),
        )
        .map((p) => ({ id: p.id, name: p.helperName }))[0] ?? null,
    history: row.events.map((e) => ({
      step: e.step as TSubsidyCase['history'][number]['step'],
      on: fromDbDate(e.on),
      by: e.recordedBy,
      detail: (e.detail ?? {}) as Record<string, unknown>,
    })),
    notes: row.notes,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  }
}

/** Every dated standard (a handful of rows: one a year at most). */
export const readStandards = async (db: TTransaction): Promise<TSubsidyStandard[]> =>
  (await db.subsidyStandard.findMany({ orderBy: { effectiveMonth: 'asc' } })).map((s) => ({
    effectiveMonth: s.effectiveMonth,
    standardFen: s.standardFen,
    floorFen: s.floorFen,
  }))
