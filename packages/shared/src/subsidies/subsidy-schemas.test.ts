import { describe, expect, it } from 'vitest'
import {
  ZSubsidyCaseCreate,
  ZSubsidyCaseUpdate,
  ZSubsidyDeliberate,
  ZSubsidyInvestigate,
} from './subsidy-case.ts'

const a = '0190a5f0-0000-7000-8000-000000000001'
const b = '0190a5f0-0000-7000-8000-000000000002'
const codesOf = (result: {
  success: boolean
  error?: { issues: { path: PropertyKey[]; params?: unknown }[] }
}) =>
  result.error?.issues.map((i) => [
    i.path.join('.'),
    (i.params as { code?: string } | undefined)?.code,
  ])

describe('the subsidy case contract', () => {
  it('reads incomes in yuan as forms and ledgers write them, into 分', () => {
    const parsed = ZSubsidyCaseCreate.parse({
      householdId: a,
      applicantId: a,
      appliedOn: '2026-03-02',
      hardshipReason: 'illness',
      members: [
        { residentId: a, income: { wage: '1,200.50', transfer: 300 } },
        { residentId: b, covered: false },
      ],
    })
    expect(parsed.members[0]!.income).toEqual({
      wage: 120_050,
      business: 0,
      property: 0,
      transfer: 30_000,
      other: 0,
    })
    expect(parsed.members[1]).toMatchObject({ covered: false, income: { wage: 0 } })
    expect(parsed.classification).toBe('stable')
    expect(parsed.materials).toEqual([])
  })

  it('refuses a member listed twice, nobody covered, and an income with three decimals', () => {
    const base = {
      householdId: a,
      applicantId: a,
      appliedOn: '2026-03-02',
      hardshipReason: 'illness',
    }
    expect(
      codesOf(
        ZSubsidyCaseCreate.safeParse({ ...base, members: [{ residentId: a }, { residentId: a }] }),
      ),
    ).toEqual([['members', 'subsidy_member_repeated']])
    expect(
      codesOf(
        ZSubsidyCaseCreate.safeParse({ ...base, members: [{ residentId: a, covered: false }] }),
      ),
    ).toEqual([['members', 'subsidy_covered_people']])
    expect(
      codesOf(
        ZSubsidyCaseCreate.safeParse({
          ...base,
          members: [{ residentId: a, income: { wage: '1.005' } }],
        }),
      ),
    ).toEqual([['members.0.income.wage', 'party_dues_amount_invalid']])
  })

  it('needs two different investigators, and votes that add up', () => {
    expect(
      codesOf(
        ZSubsidyInvestigate.safeParse({
          investigatedOn: '2026-03-05',
          investigators: ['王', '王'],
        }),
      ),
    ).toEqual([['investigators', 'subsidy_investigators_required']])
    expect(
      ZSubsidyInvestigate.safeParse({ investigatedOn: '2026-03-05', investigators: ['王', '李'] })
        .success,
    ).toBe(true)
    expect(
      codesOf(
        ZSubsidyDeliberate.safeParse({ heldOn: '2026-03-09', members: 9, present: 6, agree: 7 }),
      ),
    ).toEqual([['agree', 'subsidy_vote_counts']])
  })

  it('leaves out of a correction what it does not name (no defaults refilled)', () => {
    expect(ZSubsidyCaseUpdate.parse({ notes: '补充说明' })).toEqual({ notes: '补充说明' })
  })
})
