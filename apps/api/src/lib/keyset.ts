import { isStorableText } from '@cr/shared/common/text'
import { AppError } from './errors.ts'

/**
 * Keyset ("seek") pagination over `(sortField, id)`: each page costs O(log n) however deep it is,
 * where OFFSET costs O(offset). The cursor is opaque to clients: base64url JSON of the last row's
 * sort value and id.
 * @see https://use-the-index-luke.com/sql/partial-results/fetch-next-page
 */
type TCursor = { v: string | number | boolean | null; d?: 1; id: string }
type TRow = { id: string } & Record<string, unknown>

export type TSort = { field: string; direction: 'asc' | 'desc' }

export const parseSort = (sort: string): TSort =>
  sort.startsWith('-')
    ? { field: sort.slice(1), direction: 'desc' }
    : { field: sort, direction: 'asc' }

/**
 * What a sort field holds, from its name: `createdAt`, `joinedOn`, `birthDate` are times or dates
 * (a Date in Prisma), everything else sorted by keyset is text. A crafted cursor of the other kind
 * would make Prisma refuse the query (a 500), so `keysetArgs` checks the cursor against it;
 * `toPage` checks the rows against it, so a field that breaks the naming fails its first test.
 */
// `date`: a patrol log's service date (the contract's sort field).
const isTimeField = (field: string) => /(At|On|Date)$|^date$/.test(field)

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

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/** A cursor's time, if it is one: four-digit years, so PostgreSQL and JS read it alike. */
const timeOf = (text: unknown): Date | undefined => {
  if (typeof text !== 'string') return undefined
  const time = new Date(text)
  const year = time.getUTCFullYear()
  return year >= 1000 && year <= 9999 ? time : undefined
}

/**
 * A cursor's sort value and id. It comes from the client, so anything but what `encodeCursor`
 * writes is refused with a 400: an id that is not a UUID, a value that is not text, a time or
 * null, text that cannot be stored (see `@cr/shared/common/text`).
 */
export const decodeCursor = (cursor: string): { value: unknown; id: string } => {
  let parsed: Partial<TCursor> & { v?: unknown; id?: unknown }
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'))
  } catch {
    throw invalidCursor()
  }
  if (typeof parsed !== 'object' || parsed === null) throw invalidCursor()
  const { v, d, id } = parsed
  if (typeof id !== 'string' || !uuid.test(id)) throw invalidCursor()
  if (d === 1) {
    const time = timeOf(v)
    if (!time) throw invalidCursor()
    return { value: time, id }
  }
  if (v === null || typeof v === 'number' || typeof v === 'boolean') return { value: v, id }
  if (typeof v === 'string' && isStorableText(v)) return { value: v, id }
  throw invalidCursor()
}

export type TKeysetOptions = {
  /** Sort fields that may be null: PostgreSQL puts nulls last ascending, first descending. */
  nullable?: readonly string[]
}

/** Prisma `where` and `orderBy` for one page after `cursor`. */
export const keysetArgs = (
  sort: TSort,
  cursor: string | undefined,
  { nullable = [] }: TKeysetOptions = {},
) => {
  const { field, direction } = sort
  const canBeNull = nullable.includes(field)
  const order = canBeNull
    ? { sort: direction, nulls: direction === 'asc' ? 'last' : 'first' }
    : direction
  const orderBy = [{ [field]: order }, { id: direction }]
  if (!cursor) return { after: undefined, orderBy }
  const { value, id } = decodeCursor(cursor)
  const fits = isTimeField(field) ? value instanceof Date : typeof value === 'string'
  if (!(fits || (value === null && canBeNull))) throw invalidCursor()
  const op = direction === 'asc' ? 'gt' : 'lt'
  if (value === null) {
    // Among the nulls by id; descending, the non-null rows follow them.
    const sameNull = { [field]: null, id: { [op]: id } }
    return {
      after: direction === 'asc' ? sameNull : { OR: [sameNull, { [field]: { not: null } }] },
      orderBy,
    }
  }
  // The first condition is implied by the OR, but without it PostgreSQL reads the index from the
  // start of the range up to the cursor: measured 6–9 ms vs 0.14 ms 2,500 rows deep (bench).
  const after = {
    AND: [
      { [field]: { [direction === 'asc' ? 'gte' : 'lte']: value } },
      { OR: [{ [field]: { [op]: value } }, { [field]: value, id: { [op]: id } }] },
    ],
  }
  // Ascending, the nulls come last: still after any non-null cursor.
  return {
    after: canBeNull && direction === 'asc' ? { OR: [after, { [field]: null }] } : after,
    orderBy,
  }
}

type TPageQuery = { limit: number; cursor?: string; page?: number }

/** A numbered page and a cursor are two ways to ask for one page: both at once is a 400. */
export const refusePageWithCursor = (query: Pick<TPageQuery, 'cursor' | 'page'>) => {
  if (query.page !== undefined && query.cursor !== undefined)
    throw new AppError('page_with_cursor', 400, {
      fields: [{ path: 'query.page', code: 'page_with_cursor' }],
    })
}

/**
 * Prisma `where` addition, `orderBy`, `skip` and `take` for one page of a list: the page after
 * `cursor` (keyset), or, on a numbered list (`ZNumberedListQuery`), the `page`-th page (OFFSET,
 * fine at the sizes such lists have). `take` is one more than the page: see `toPage`.
 */
export const pageArgs = (sort: TSort, query: TPageQuery, options: TKeysetOptions = {}) => {
  refusePageWithCursor(query)
  const { after, orderBy } = keysetArgs(sort, query.cursor, options)
  const skip = query.page === undefined ? undefined : (query.page - 1) * query.limit
  return { after, orderBy, skip, take: query.limit + 1 }
}

/**
 * What a numbered page adds to `toPage`'s: its number and the total, counted by `count` only
 * when a page number was asked for (a keyset page of a list that does not count has no total).
 */
export const numbering = async (query: TPageQuery, count: () => Promise<number>) =>
  query.page === undefined ? {} : { page: query.page, total: await count() }

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
  const value = last?.[sort.field]
  if (value != null && value instanceof Date !== isTimeField(sort.field))
    throw new Error(`keyset: name the sort field ${sort.field} by its kind (see isTimeField)`)
  return {
    items: pageRows.map(map),
    nextCursor: hasMore && last ? encodeCursor(last, sort.field) : null,
  }
}
