import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { addDays, addYears } from './calendar.ts'
import {
  ZPartyStages,
  checkPartyStages,
  nextPoliticalBirthday,
  partyStanding,
} from './party-standing.ts'

describe('党龄 (party standing)', () => {
  it('is null for a member on probation', () => {
    const probationary = { joinedOn: '2025-07-01', fullMembershipOn: null }
    expect(partyStanding(probationary, '2026-07-15')).toBeNull()
  })

  it('counts from a normal 转正 a year after acceptance, not from 入党', () => {
    const member = { joinedOn: '2015-07-01', fullMembershipOn: '2016-07-01' }
    expect(checkPartyStages(member).ok).toBe(true)
    expect(partyStanding(member, '2016-06-30')).toBeNull()
    expect(partyStanding(member, '2016-07-01')).toBe(0)
    expect(partyStanding(member, '2026-06-30')).toBe(9)
    expect(partyStanding(member, '2026-07-01')).toBe(10)
  })

  it('counts from the later 转正 after an extended probation (a year and N months on)', () => {
    const member = {
      joinedOn: '2015-07-01',
      fullMembershipOn: '2017-01-01',
      probationExtendedMonths: 6,
    }
    expect(checkPartyStages(member).ok).toBe(true)
    expect(partyStanding(member, '2026-07-01')).toBe(9)
    expect(partyStanding(member, '2026-12-31')).toBe(9)
    expect(partyStanding(member, '2027-01-01')).toBe(10)
    // With the extension recorded, the ordinary one-year date is too early.
    expect(checkPartyStages({ ...member, fullMembershipOn: '2016-07-01' })).toEqual({
      ok: false,
      error: 'party_full_membership_early',
    })
    const twelve = { ...member, probationExtendedMonths: 12, fullMembershipOn: '2017-07-01' }
    expect(checkPartyStages(twelve).ok).toBe(true)
  })

  it('refuses an extension outside 6 to 12 months', () => {
    for (const months of [5, 13, 7.5])
      expect(
        checkPartyStages({
          joinedOn: '2015-07-01',
          fullMembershipOn: null,
          probationExtendedMonths: months,
        }),
      ).toEqual({ ok: false, error: 'party_extension_months' })
  })

  it('counts from the new 转正 after 重新入党 (the dates given are the new ones)', () => {
    const rejoined = { joinedOn: '2020-03-01', fullMembershipOn: '2021-03-01' }
    expect(partyStanding(rejoined, '2026-03-01')).toBe(5)
  })

  it('is checked by the schema with a stable code on the field', () => {
    const result = ZPartyStages.safeParse({
      joinedOn: '2015-07-01',
      fullMembershipOn: '2015-12-01',
    })
    expect(result.success).toBe(false)
    expect(result.error?.issues[0]).toMatchObject({
      path: ['fullMembershipOn'],
      params: { code: 'party_full_membership_early' },
    })
  })

  const day = fc
    .date({
      min: new Date('1950-01-01T00:00:00Z'),
      max: new Date('2060-12-31T00:00:00Z'),
      noInvalidDate: true,
    })
    .map((d) => d.toISOString().slice(0, 10))

  it('is never negative, and grows by one on each anniversary of 转正', () => {
    fc.assert(
      fc.property(day, day, fc.integer({ min: 1, max: 70 }), (full, on, k) => {
        const stages = { joinedOn: addYears(full, -1), fullMembershipOn: full }
        const standing = partyStanding(stages, on)
        if (on < full) expect(standing).toBeNull()
        else expect(standing).toBeGreaterThanOrEqual(0)
        const anniversary = addYears(full, k)
        expect(partyStanding(stages, anniversary)).toBe(k)
        expect(partyStanding(stages, addDays(anniversary, -1))).toBe(k - 1)
      }),
    )
  })
})

describe('political birthday (入党纪念日)', () => {
  it('is the next anniversary of 入党 on or after the day', () => {
    expect(nextPoliticalBirthday('2015-07-01', '2026-06-30')).toEqual({
      date: '2026-07-01',
      years: 11,
    })
    expect(nextPoliticalBirthday('2015-07-01', '2026-07-01')).toEqual({
      date: '2026-07-01',
      years: 11,
    })
    expect(nextPoliticalBirthday('2015-07-01', '2026-07-02')).toEqual({
      date: '2027-07-01',
      years: 12,
    })
    expect(nextPoliticalBirthday('2015-07-01', '2015-07-01')).toEqual({
      date: '2016-07-01',
      years: 1,
    })
  })

  it('falls on 28 February for a 29 February 入党 in common years', () => {
    expect(nextPoliticalBirthday('2020-02-29', '2026-01-10')).toEqual({
      date: '2026-02-28',
      years: 6,
    })
    expect(nextPoliticalBirthday('2020-02-29', '2028-02-29')).toEqual({
      date: '2028-02-29',
      years: 8,
    })
  })
})
