// Small assertions for scenario `check`s: the first answer of each side must show the same work
// was done (same rows, same count), or the ratio would compare different things.
import type pg from 'pg'
import type { THttpResponse } from '../lib/http-client.ts'

export function assert(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(`scenario check failed: ${message}`)
}

export const httpJson = <T>(value: unknown): T => (value as THttpResponse).json<T>()

export const sqlRows = <T>(value: unknown, index?: number): T[] => {
  const result = (index === undefined ? value : (value as unknown[])[index]) as pg.QueryResult
  return result.rows as T[]
}

/** Same ids in the same order. */
export const assertSameIds = (label: string, ours: { id: string }[], pg: { id: string }[]) =>
  assert(
    ours.length === pg.length && ours.every((row, i) => row.id === pg[i]!.id),
    `${label}: ours returned ${ours.length} rows, pg ${pg.length}, or in another order`,
  )
