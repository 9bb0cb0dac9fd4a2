import type { TSubsidyPayout } from '@cr/shared/subsidies/subsidy-payout'

type TLine = TSubsidyPayout['lines'][number]

/** A household whose line a regeneration added, removed or changed, with both totals. */
export type TPayoutLineChange = {
  caseId: string
  name: string
  kind: 'added' | 'removed' | 'changed'
  beforeFen: number | null
  afterFen: number | null
}

export type TPayoutChanges = {
  /** The first generation of the month: nothing to compare with. */
  first: boolean
  lines: TPayoutLineChange[]
  totalBeforeFen: number | null
  totalAfterFen: number
}

const sameLine = (a: TLine, b: TLine) =>
  a.amountFen === b.amountFen &&
  a.correctionFen === b.correctionFen &&
  a.coveredPeople === b.coveredPeople

/**
 * What generating again changed in a draft roll: households added or gone, and those whose
 * amount, correction or covered people differ — the clerk sees what the cases' steps since the
 * last generation did to the month before checking it.
 */
export const payoutChanges = (
  before: TSubsidyPayout | null,
  after: TSubsidyPayout,
): TPayoutChanges => {
  const old = new Map((before?.lines ?? []).map((l) => [l.case.id, l]))
  const now = new Map(after.lines.map((l) => [l.case.id, l]))
  const lines: TPayoutLineChange[] = []
  for (const line of after.lines) {
    const was = old.get(line.case.id)
    if (!was) {
      if (before)
        lines.push({
          caseId: line.case.id,
          name: line.case.name,
          kind: 'added',
          beforeFen: null,
          afterFen: line.totalFen,
        })
    } else if (!sameLine(was, line))
      lines.push({
        caseId: line.case.id,
        name: line.case.name,
        kind: 'changed',
        beforeFen: was.totalFen,
        afterFen: line.totalFen,
      })
  }
  for (const line of before?.lines ?? [])
    if (!now.has(line.case.id))
      lines.push({
        caseId: line.case.id,
        name: line.case.name,
        kind: 'removed',
        beforeFen: line.totalFen,
        afterFen: null,
      })
  return {
    first: before === null,
    lines,
    totalBeforeFen: before ? before.totals.totalFen : null,
    totalAfterFen: after.totals.totalFen,
  }
}
