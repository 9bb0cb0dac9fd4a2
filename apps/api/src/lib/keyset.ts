import { AppError } from './errors.ts'

/**
 * Keyset ("seek") pagination over `(sortField, id)`: each page costs O(log n) however deep it is,
 * where OFFSET costs O(offset). The cursor is opaque to clients: base64url JSON of the last row's
 * sort value and id.
 * @see https://use-the-index-luke.com/sql/partial-results/fetch-next-page
 */
type TCursor = { v: string | number | boolean; d?: 1; id: string }
type TRow = { id: string } & Record<string, unknown>

export type TSort = { field: string; direction: 'asc' | 'desc' }

export const parseSort = (sort: string): TSort =>
  sort.startsWith('-')
    ? { field: sort.slice(1), direction: 'desc' }
    : { field: sort, direction: 'asc' }

/** The cursor after `row` in an order by `field`: a Date keeps its type through `d: 1`. */
export const encodeCursor = (row: TRow, field: string): string => {
  const value = row[field]
  const cursor: TCursor =
    value instanceof Date
      ? { v: value.toISOString(), d: 1, id: row.id }
      : { v: value as TCursor['v'], id: row.id }
  return Buffer.from(JSON.stringify(cursor)).toString('base64url')
}

/** The 400 a malformed cursor gets (also for a well-formed one of the wrong shape or type). */
export const invalidCursor = () =>
  new AppError('invalid_cursor', 400, {
    fields: [{ path: 'query.cursor', code: 'invalid_cursor' }],
  })

export const decodeCursor = (cursor: string): { value: unknown; id: string } => {
  try {
    const parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as TCursor
    if (typeof parsed.id !== 'string' || parsed.v === undefined) throw new Error('shape')
    return { value: parsed.d ? new Date(String(parsed.v)) : parsed.v, id: parsed.id }
  } catch {
    throw invalidCursor()
  }
}

/** Prisma `where` and `orderBy` for one page after `cursor`. */
export const keysetArgs = (sort: TSort, cursor: string | undefined) => {
  const { field, direction } = sort
  const orderBy = [{ [field]: direction }, { id: direction }]
  if (!cursor) return { after: undefined, orderBy }
  const { value, id } = decodeCursor(cursor)
  const op = direction === 'asc' ? 'gt' : 'lt'
  // The first condition is implied by the OR, but without it PostgreSQL reads the index from the
  // start of the range up to the cursor: measured 6–9 ms vs 0.14 ms 2,500 rows deep (bench).
  const after = {
    AND: [
      { [field]: { [direction === 'asc' ? 'gte' : 'lte']: value } },
      { OR: [{ [field]: { [op]: value } }, { [field]: value, id: { [op]: id } }] },
    ],
  }
  return { after, orderBy }
}

/** Fetches `limit + 1` rows to learn whether there is a next page without counting. */
export const toPage = <R extends TRow, T>(
  rows: R[],
  limit: number,
  sort: TSort,
  map: (row: R) => T,
) => {
  const hasMore = rows.length > limit
  const pageRows = hasMore ? rows.slice(0, limit) : rows
  const last = pageRows.at(-1)
  return {
    items: pageRows.map(map),
    nextCursor: hasMore && last ? encodeCursor(last, sort.field) : null,
  }
}
