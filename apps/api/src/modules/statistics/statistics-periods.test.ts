import { describe, expect, it } from 'vitest'
import { seriesPeriods } from './statistics-periods.ts'

describe('the periods of a series', () => {
  it('gives whole months ending with the month of the day asked for, across a year and February', () => {
    expect(seriesPeriods('month', '2028-03-15', 3)).toEqual([
      { from: '2028-01-01', asOf: '2028-01-31' },
      { from: '2028-02-01', asOf: '2028-02-29' },
      { from: '2028-03-01', asOf: '2028-03-31' },
    ])
  })

  it('gives Monday-to-Sunday weeks ending with the week holding the day, on a Sunday and a Monday', () => {
    // 2026-11-29 is a Sunday, 2026-11-30 a Monday.
    expect(seriesPeriods('week', '2026-11-29', 2)).toEqual([
      { from: '2026-11-16', asOf: '2026-11-22' },
      { from: '2026-11-23', asOf: '2026-11-29' },
    ])
    expect(seriesPeriods('week', '2026-11-30', 1)).toEqual([
      { from: '2026-11-30', asOf: '2026-12-06' },
    ])
  })

  it('crosses a year end by weeks', () => {
    expect(seriesPeriods('week', '2027-01-01', 2).map((p) => p.from)).toEqual([
      '2026-12-21',
      '2026-12-28',
    ])
  })
})
