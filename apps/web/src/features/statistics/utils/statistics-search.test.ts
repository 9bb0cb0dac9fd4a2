import { describe, expect, it } from 'vitest'
import { ZDashboardSearch, ZFigureRowsSearch, statisticsQueryOf } from './statistics-search'

const committeeId = '01890a5d-ac96-774b-bcce-b302099a8057'

describe('the dashboard’s URL search', () => {
  it('keeps real days and a committee id, drops anything else', () => {
    expect(ZDashboardSearch.parse({ asOf: '2026-10-31', from: '2026-03-01', committeeId })).toEqual(
      { asOf: '2026-10-31', from: '2026-03-01', committeeId },
    )
    expect(
      ZDashboardSearch.parse({ asOf: '2026-13-45', from: 20260101, committeeId: 'x' }),
    ).toEqual({ asOf: undefined, from: undefined, committeeId: undefined })
  })

  it('asks the API without a period start after the as-of day', () => {
    expect(statisticsQueryOf({ asOf: '2026-10-31', from: '2026-11-01' })).toEqual({
      asOf: '2026-10-31',
      from: undefined,
      committeeId: undefined,
    })
    expect(statisticsQueryOf({ from: '2026-03-01' }).from).toBe('2026-03-01')
  })

  it('a drill-down’s adds the part and the page', () => {
    expect(
      ZFigureRowsSearch.parse({ asOf: '2026-11-30', part: 'none', page: 2, size: 50 }),
    ).toEqual({ asOf: '2026-11-30', part: 'none', page: 2, size: 50 })
    expect(ZFigureRowsSearch.parse({ part: 123, page: -1 })).toMatchObject({
      part: '123',
      page: undefined,
    })
  })
})
