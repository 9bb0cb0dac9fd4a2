import { describe, expect, it } from 'vitest'
import { errorCodeOfMessage } from '../common/issue.ts'
import { ZSubsidyRollRow } from './subsidy-roll-row.ts'

const row = {
  coveredPeople: 2,
  perCapitaIncome: '300',
  monthlyAmount: '1,000.50',
  approvedOn: '2026-03-02',
}

const codesOf = (input: object) => {
  const result = ZSubsidyRollRow.safeParse(input)
  return result.error?.issues.map((i) => [
    i.path.join('.'),
    // Built-in checks (min) keep only the message: the code behind it, as the importer reads it.
    (i as { params?: { code?: string } }).params?.code ?? errorCodeOfMessage(i.message),
  ])
}

describe('a row of the 低保 roll (ZSubsidyRollRow)', () => {
  it('reads yuan into 分 as the case forms do, the reason defaulting to 其他', () => {
    expect(ZSubsidyRollRow.parse({ ...row, certificateNumber: ' 低保001 ' })).toEqual({
      coveredPeople: 2,
      perCapitaIncome: 30_000,
      monthlyAmount: 100_050,
      approvedOn: '2026-03-02',
      hardshipReason: 'other',
      certificateNumber: '低保001',
    })
    expect(ZSubsidyRollRow.parse({ ...row, perCapitaIncome: 0 }).perCapitaIncome).toBe(0)
  })

  it('refuses no covered people, a zero amount and money it cannot read, each at its field', () => {
    expect(codesOf({ ...row, coveredPeople: 0 })).toEqual([
      ['coveredPeople', 'subsidy_roll_covered_people'],
    ])
    expect(codesOf({ ...row, monthlyAmount: '0.00' })).toEqual([
      ['monthlyAmount', 'subsidy_roll_amount_zero'],
    ])
    expect(codesOf({ ...row, perCapitaIncome: '三百' })).toEqual([
      ['perCapitaIncome', 'party_dues_amount_invalid'],
    ])
  })
})
