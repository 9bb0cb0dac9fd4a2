import type { TSubsidyPayout } from '@cr/shared/subsidies/subsidy-payout'
import { payoutTotals } from '@cr/shared/subsidies/subsidy-payout'
import { describe, expect, it } from 'vitest'
import { payoutChanges } from './payout-changes'

type TLine = TSubsidyPayout['lines'][number]

const line = (id: string, amountFen: number, correctionFen = 0): TLine => ({
  case: { id, name: `户主${id}` },
  household: { id: `h${id}`, name: `住址${id}` },
  certificateNumber: null,
  coveredPeople: 2,
  amountFen,
  correctionFen,
  corrects: [],
  totalFen: amountFen + correctionFen,
  bankName: null,
  bankAccountMasked: null,
})

const roll = (lines: TLine[]): TSubsidyPayout => ({
  id: 'p1',
  version: 1,
  createdAt: '2026-11-30T04:00:00.000Z',
  updatedAt: '2026-11-30T04:00:00.000Z',
  committee: { id: 'c1', name: '永兴社区居委会' },
  month: '2026-11',
  state: 'draft',
  generatedAt: '2026-11-30T04:00:00.000Z',
  generatedBy: '张三',
  lockedAt: null,
  lockedBy: null,
  lines,
  totals: payoutTotals(lines),
})

describe('payoutChanges', () => {
  it('says a first roll is first, with its total and no lines to compare', () => {
    const changes = payoutChanges(null, roll([line('1', 40_000), line('2', 25_050)]))
    expect(changes).toEqual({ first: true, lines: [], totalBeforeFen: null, totalAfterFen: 65_050 })
  })

  it('lists the households added, removed and changed (a correction counts), not the same', () => {
    const before = roll([line('1', 40_000), line('2', 25_050), line('3', 10_000)])
    const after = roll([line('1', 40_000), line('2', 25_050, -5_000), line('4', 30_000)])
    const changes = payoutChanges(before, after)
    expect(changes.first).toBe(false)
    expect(changes.lines).toEqual([
      { caseId: '2', name: '户主2', kind: 'changed', beforeFen: 25_050, afterFen: 20_050 },
      { caseId: '4', name: '户主4', kind: 'added', beforeFen: null, afterFen: 30_000 },
      { caseId: '3', name: '户主3', kind: 'removed', beforeFen: 10_000, afterFen: null },
    ])
    expect([changes.totalBeforeFen, changes.totalAfterFen]).toEqual([75_050, 90_050])
  })
})
