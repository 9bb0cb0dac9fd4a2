import { expect } from 'vitest'
import type { TFigure, TFigureRows, TStatistics } from '@cr/shared/statistics/statistics'
import type { TAuth } from './api-request.ts'
import type { TTestContext } from './test-app.ts'

/**
 * Reading the office's figures in a module's figures test: `figure(auth, key, asOf, from)` the
 * figure from `GET /statistics`, `figureRows(...)` every row of its drill-down (one page of 100).
 */
export const figureReader = (t: () => TTestContext) => {
  const get = async <T>(auth: TAuth, url: string): Promise<T> => {
    const response = await t().app.inject({ method: 'GET', url: `/api/v1${url}`, headers: auth })
    if (response.statusCode !== 200)
      throw new Error(`GET ${url}: ${response.statusCode} ${response.body}`)
    return response.json() as T
  }
  const period = (asOf: string, from?: string) => `asOf=${asOf}${from ? `&from=${from}` : ''}`
  const figure = async (auth: TAuth, key: string, asOf: string, from?: string) => {
    const answer = await get<TStatistics>(auth, `/statistics?${period(asOf, from)}`)
    const found = answer.modules.flatMap((m) => m.figures).find((f) => f.key === key)
    if (!found) throw new Error(`no figure ${key}`)
    return found
  }
  const figureRows = (auth: TAuth, key: string, asOf: string, from?: string) =>
    get<TFigureRows>(auth, `/statistics/figures/${key}/rows?${period(asOf, from)}&limit=100`)
  /** The parts as `{ key: value }`, to compare with counts written out by hand. */
  const partsOf = (f: TFigure) => Object.fromEntries(f.parts.map((p) => [p.key, p.value]))
  /**
   * The figure's value and parts as expected, and its drill-down exactly its rows: as many as a
   * count's value, or amounts summing to a sum's.
   */
  const expectFigure = async (
    auth: TAuth,
    key: string,
    period_: { asOf: string; from?: string },
    expected: { value: number | null; parts?: Record<string, number> },
  ) => {
    const f = await figure(auth, key, period_.asOf, period_.from)
    expect({ key, asOf: period_.asOf, value: f.value }).toEqual({
      key,
      asOf: period_.asOf,
      value: expected.value,
    })
    if (expected.parts) expect(partsOf(f)).toEqual(expected.parts)
    const rows = await figureRows(auth, key, period_.asOf, period_.from)
    expect(rows.figure.value).toBe(expected.value)
    if (f.unit === 'fen' || f.unit === 'minutes')
      expect(rows.items.reduce((sum, row) => sum + (row.amount ?? 0), 0)).toBe(expected.value ?? 0)
    else if (f.unit === 'count') expect(rows.total).toBe(expected.value ?? 0)
    return rows
  }
  return { get, figure, figureRows, partsOf, expectFigure }
}
