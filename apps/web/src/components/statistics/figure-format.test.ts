import { describe, expect, it } from 'vitest'
import {
  asOfQuickPicks,
  formatFigureChange,
  formatFigureNumber,
  previousPeriodAsOf,
  previousPeriodFrom,
} from './figure-format'

describe('formatFigureNumber', () => {
  it('shows counts as whole numbers with grouping', () => {
    expect(formatFigureNumber(0, 'count')).toBe('0')
    expect(formatFigureNumber(12345, 'count')).toBe('12,345')
  })

  it('shows 分 as 元 with two decimals', () => {
    expect(formatFigureNumber(123456, 'fen')).toBe('1,234.56')
    expect(formatFigureNumber(5, 'fen')).toBe('0.05')
    expect(formatFigureNumber(100, 'fen')).toBe('1.00')
  })

  it('shows minutes as hours with at most one decimal', () => {
    expect(formatFigureNumber(90, 'minutes')).toBe('1.5')
    expect(formatFigureNumber(120, 'minutes')).toBe('2')
    expect(formatFigureNumber(100, 'minutes')).toBe('1.7')
  })

  it('shows per mille as a percentage', () => {
    expect(formatFigureNumber(985, 'per-mille')).toBe('98.5%')
    expect(formatFigureNumber(1000, 'per-mille')).toBe('100%')
    expect(formatFigureNumber(0, 'per-mille')).toBe('0%')
  })
})

describe('formatFigureChange', () => {
  it('signs the change in the figure’s unit', () => {
    expect(formatFigureChange(12, 9, 'count')).toEqual({ text: '+3', direction: 'up' })
    expect(formatFigureChange(9, 12, 'count')).toEqual({ text: '−3', direction: 'down' })
    expect(formatFigureChange(5, 5, 'count')).toEqual({ text: '0', direction: 'same' })
    expect(formatFigureChange(20000, 15050, 'fen')).toEqual({ text: '+49.50', direction: 'up' })
    expect(formatFigureChange(950, 985, 'per-mille')).toEqual({ text: '−3.5%', direction: 'down' })
  })

  it('has no change when either side is not recorded', () => {
    expect(formatFigureChange(null, 3, 'count')).toBeNull()
    expect(formatFigureChange(3, null, 'count')).toBeNull()
    expect(formatFigureChange(3, undefined, 'count')).toBeNull()
  })
})

describe('previousPeriodAsOf', () => {
  it('is the end of the previous month', () => {
    expect(previousPeriodAsOf('2026-11-30')).toBe('2026-10-31')
    expect(previousPeriodAsOf('2026-11-15')).toBe('2026-10-31')
    expect(previousPeriodAsOf('2026-03-31')).toBe('2026-02-28')
    expect(previousPeriodAsOf('2028-03-01')).toBe('2028-02-29')
    expect(previousPeriodAsOf('2027-01-31')).toBe('2026-12-31')
  })

  it('is the end of the previous year when the date is a year’s end', () => {
    expect(previousPeriodAsOf('2026-12-31')).toBe('2025-12-31')
  })

  it('keeps a chosen period start only when it lies before the previous date', () => {
    expect(previousPeriodFrom(undefined, '2026-10-31')).toBeUndefined()
    expect(previousPeriodFrom('2026-03-01', '2026-10-31')).toBe('2026-03-01')
    expect(previousPeriodFrom('2026-11-01', '2026-10-31')).toBeUndefined()
  })
})

describe('asOfQuickPicks', () => {
  it('gives today, the last month’s, quarter’s and year’s ends', () => {
    expect(asOfQuickPicks('2026-11-30')).toEqual({
      today: '2026-11-30',
      lastMonthEnd: '2026-10-31',
      lastQuarterEnd: '2026-09-30',
      lastYearEnd: '2025-12-31',
    })
    expect(asOfQuickPicks('2027-02-10')).toEqual({
      today: '2027-02-10',
      lastMonthEnd: '2027-01-31',
      lastQuarterEnd: '2026-12-31',
      lastYearEnd: '2026-12-31',
    })
  })
})
