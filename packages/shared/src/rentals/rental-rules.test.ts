import { describe, expect, it } from 'vitest'
import {
  contractNumberPatternValid,
  endorsementDueOn,
  endorsementState,
  formatContractNumber,
  nextContractNumber,
  occupantsOverAllowed,
  registrationRate,
  rentalContractStatus,
  residencePermitEligible,
  residencePermitEligibleFrom,
  type TRateRow,
} from './rental-rules.ts'

describe('rental contract status (治安责任书)', () => {
  const contract = { leaseEndsOn: '2026-11-30', cancelledOn: null }
  it('is 即将到期 the day before and on the end date, 已到期 after it', () => {
    expect(rentalContractStatus(contract, '2026-11-29')).toBe('expiring')
    expect(rentalContractStatus(contract, '2026-11-30')).toBe('expiring')
    expect(rentalContractStatus(contract, '2026-12-01')).toBe('expired')
  })

  it('is 有效 until 30 days before the end date', () => {
    expect(rentalContractStatus(contract, '2026-10-31')).toBe('expiring') // 30 days left
    expect(rentalContractStatus(contract, '2026-10-30')).toBe('active') // 31 days left
    expect(
      rentalContractStatus({ leaseEndsOn: '2027-11-30', cancelledOn: null }, '2026-11-30'),
    ).toBe('active')
  })

  it('is 已注销 once cancelled, whatever the dates', () => {
    const cancelled = { leaseEndsOn: '2027-11-30', cancelledOn: '2026-06-01' }
    expect(rentalContractStatus(cancelled, '2026-11-30')).toBe('cancelled')
    expect(rentalContractStatus({ ...cancelled, leaseEndsOn: '2026-01-01' }, '2026-11-30')).toBe(
      'cancelled',
    )
  })
})

describe('居住证', () => {
  it('may be applied for 6 months after registration, with a job, home or study', () => {
    expect(residencePermitEligibleFrom('2026-05-31')).toBe('2026-11-30')
    expect(residencePermitEligibleFrom('2026-08-31')).toBe('2027-02-28')
    expect(residencePermitEligible('2026-05-31', true, '2026-11-30')).toBe(true)
    expect(residencePermitEligible('2026-05-31', true, '2026-11-29')).toBe(false)
    expect(residencePermitEligible('2026-05-31', false, '2026-11-30')).toBe(false)
  })

  it('is endorsed yearly: from the issue date, then from the last 签注', () => {
    expect(endorsementDueOn('2025-12-15', null)).toBe('2026-12-15')
    expect(endorsementDueOn('2024-12-15', '2025-12-10')).toBe('2026-12-10')
    expect(endorsementDueOn('2024-02-29', null)).toBe('2025-02-28')
    // A 签注 date before the issue (a typing error) does not move the due date back.
    expect(endorsementDueOn('2025-12-15', '2024-01-01')).toBe('2026-12-15')
  })

  it('is due soon from 30 days before, overdue after the due date', () => {
    expect(endorsementState('2026-12-31', '2026-11-30')).toBe('ok') // 31 days left
    expect(endorsementState('2026-12-30', '2026-11-30')).toBe('due_soon') // 30 days left
    expect(endorsementState('2026-11-30', '2026-11-30')).toBe('due_soon')
    expect(endorsementState('2026-11-29', '2026-11-30')).toBe('overdue')
  })
})

describe('registration rate (登记率)', () => {
  const registered = (
    committeeId: string,
    from: string,
    until: string | null = null,
  ): TRateRow => ({
    committeeId,
    kind: 'registered',
    from,
    until,
  })
  const pending = (committeeId: string, from: string, until: string | null = null): TRateRow => ({
    committeeId,
    kind: 'pending',
    from,
    until,
  })

  it('is registered over registered plus pending, per committee and overall', () => {
    const rows = [
      registered('a', '2026-10-01'),
      registered('a', '2026-10-02'),
      pending('a', '2026-11-01'),
      registered('b', '2026-10-01'),
    ]
    const rate = registrationRate(rows, '2026-11-30')
    expect(rate.overall).toEqual({ registered: 3, pending: 1, rate: 0.75, percent: 75 })
    expect(rate.committees).toEqual([
      { committeeId: 'a', registered: 2, pending: 1, rate: 2 / 3, percent: 66.6 },
      { committeeId: 'b', registered: 1, pending: 0, rate: 1, percent: 100 },
    ])
  })

  it('is as of a date: later reports, registrations and departures do not count yet', () => {
    const rows = [
      registered('a', '2026-10-01', '2026-11-15'), // left on 11-15
      pending('a', '2026-11-01', '2026-11-20'), // registered or cleared on 11-20
      registered('a', '2026-11-20'),
    ]
    expect(registrationRate(rows, '2026-10-15').overall.percent).toBe(100)
    expect(registrationRate(rows, '2026-11-10').overall).toMatchObject({
      registered: 1,
      pending: 1,
    })
    expect(registrationRate(rows, '2026-11-15').overall).toMatchObject({
      registered: 0,
      pending: 1,
    })
    expect(registrationRate(rows, '2026-11-20').overall).toMatchObject({
      registered: 1,
      pending: 0,
    })
    expect(registrationRate(rows, '2026-09-01').overall).toEqual({
      registered: 0,
      pending: 0,
      rate: null,
      percent: null,
    })
  })

  it('shows 100% only when nobody is pending', () => {
    const rows = [
      ...Array.from({ length: 1999 }, () => registered('a', '2026-01-01')),
      pending('a', '2026-01-01'),
    ]
    expect(registrationRate(rows, '2026-11-30').overall.percent).toBe(99.9)
  })
})

describe('occupants over the allowed number', () => {
  it('counts the excess only', () => {
    expect(occupantsOverAllowed(3, 2)).toBe(1)
    expect(occupantsOverAllowed(2, 2)).toBe(0)
    expect(occupantsOverAllowed(0, 2)).toBe(0)
    expect(occupantsOverAllowed(9, null)).toBe(0)
  })
})

describe('the contract number scheme', () => {
  const pattern = 'XXSQ-{YYYY}-{NNNN}'
  it('formats the office’s numbers', () => {
    expect(formatContractNumber(pattern, 2004, 1)).toBe('XXSQ-2004-0001')
    expect(formatContractNumber('治安{YYYY}第{NNN}号', 2026, 12)).toBe('治安2026第012号')
  })

  it('continues from the highest number of the year in the scheme', () => {
    expect(nextContractNumber(pattern, 2026, [])).toBe('XXSQ-2026-0001')
    expect(
      nextContractNumber(pattern, 2026, ['XXSQ-2026-0007', 'XXSQ-2026-0003', 'XXSQ-2025-0099']),
    ).toBe('XXSQ-2026-0008')
    expect(nextContractNumber(pattern, 2026, ['XXSQ-2026-9999'])).toBe('XXSQ-2026-10000')
    expect(nextContractNumber(pattern, 2026, ['其他编号-1', 'XXSQ-2026-00x1'])).toBe(
      'XXSQ-2026-0001',
    )
  })

  it('accepts a pattern with one sequence and nothing else in braces', () => {
    expect(contractNumberPatternValid(pattern)).toBe(true)
    expect(contractNumberPatternValid('{NNNN}')).toBe(true)
    expect(contractNumberPatternValid('XXSQ-{YYYY}')).toBe(false)
    expect(contractNumberPatternValid('{NN}-{NN}')).toBe(false)
    expect(contractNumberPatternValid('{YY}-{NN}')).toBe(false)
  })
})
