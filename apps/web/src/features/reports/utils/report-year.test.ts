import { describe, expect, it } from 'vitest'
import { browserToday, defaultReportYear } from './default-year'
import { drillDownHref, reportDate, reportYears } from './report-year'

describe('the annual report’s year', () => {
  it('opens on last year, or this year in December', () => {
    expect(defaultReportYear('2026-11-30')).toBe(2025)
    expect(defaultReportYear('2026-01-05')).toBe(2025)
    expect(defaultReportYear('2026-12-01')).toBe(2026)
  })

  it('takes today from the browser’s clock', () => {
    expect(browserToday(new Date(2026, 10, 30, 23, 59))).toBe('2026-11-30')
    expect(browserToday(new Date(2027, 0, 1, 0, 0))).toBe('2027-01-01')
  })

  it('offers 2000 to this year, newest first', () => {
    const years = reportYears('2026-11-30')
    expect(years[0]).toBe(2026)
    expect(years.at(-1)).toBe(2000)
    expect(years).toHaveLength(27)
  })

  it('links a figure to its drill-down as of the report’s day', () => {
    expect(drillDownHref('registry.buildings', { asOf: '2026-12-31', from: '2026-01-01' })).toBe(
      '/statistics/registry.buildings?asOf=2026-12-31&from=2026-01-01',
    )
    expect(drillDownHref('party.members', { asOf: '2025-12-31', from: '2025-01-01' }, 'c1')).toBe(
      '/statistics/party.members?asOf=2025-12-31&from=2025-01-01&committeeId=c1',
    )
  })
})

describe('the report’s day', () => {
  it('reads as the office writes it in Chinese', () => {
    expect(reportDate('2026-12-31', true)).toBe('2026年12月31日')
    expect(reportDate('2026-01-01', false)).toBe('2026-01-01')
  })
})
