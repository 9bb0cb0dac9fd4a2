// The residents' read model: the list (every filter, sort and keyset cursor), one resident, and
// the full-ID lookup, each as ONE parameterised SQL statement (plus the list's count, run
// alongside) through the raw pg pool — QUALITY.md §3: hot lists use the raw Pool. Prisma sent
// the page, committee, memberships, households, dwellings and count one after another, each
// waiting for a pooled connection (bench: list p95 150 ms vs 40 ms for one statement). Writes
// run the same SQL on their transaction, so there is one reader and one DTO mapper.
//
// User input only ever travels as a bind parameter ($n); the SQL text is built from fixed
// fragments chosen by the query's shape.
import { currentPopulationStatuses } from '@cr/shared/residents/life-event'
import type { ZResidentListQuery } from '@cr/shared/residents/resident'
import type pg from 'pg'
import type { z } from 'zod'
import type { TActor } from '../../lib/actor.ts'
import type { TTransaction } from '../../lib/db-types.ts'
import { notFound } from '../../lib/errors.ts'
import { decodeCursor, encodeCursor, invalidCursor, parseSort } from '../../lib/keyset.ts'
import { toDbDate } from '../../lib/dates.ts'
import { bornBy, toResidentDto, type TResidentRow } from './resident-dto.ts'
import { parseResidentSearch } from './resident-search.ts'

export type TSql = { text: string; values: unknown[] }
/** The raw pool for a handler's read; a Prisma transaction inside a write. */
export type TSqlClient = Pick<pg.Pool, 'query'> | TTransaction
/** Whose residents: everyone's, or those of these committees. */
export type TScope = Pick<TActor, 'allCommittees' | 'committeeIds'>
/**
 * The list's query; `phoneHashes`: the blind indexes of a whole phone in `q` (`withPhoneIndex`),
 * under every index key in use;
 * `ids`: a selection (导出所选, 打印所选), read in scope whatever the other filters say.
 */
export type TResidentListQuery = z.output<typeof ZResidentListQuery> & {
  phoneHashes?: string[]
  ids?: string[]
}

const run = async <T>(db: TSqlClient, { text, values }: TSql): Promise<T[]> =>
  '$queryRawUnsafe' in db
    ? db.$queryRawUnsafe<T[]>(text, ...values)
    : (await db.query(text, values)).rows

/** Names in pinyin order; the list indexes and resident_name_bigram.name use this collation. */
const pinyin = 'COLLATE "zh-x-icu"'
const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/** A LIKE pattern that matches `text` literally (%, _ and \ are not wildcards). */
const likeLiteral = (text: string) => text.replace(/[\\%_]/g, '\\$&')

/** Builds a statement's values as its text is built: `p(value)` returns `$n`. */
const params = () => {
  const values: unknown[] = []
  return { values, p: (value: unknown) => `$${values.push(value)}` }
}
type TParam = (value: unknown) => string

/** The rows a query matches: FROM, WHERE, and the columns that order them by name and id. */
type TSource = { from: string; where: string[]; nameKey: string; idKey: string }

/** Live residents in scope, exactly as every read has them (a clerk: their committees only). */
const visible = (scope: TScope, p: TParam, alias = 'r') => {
  const where = alias === 'r' ? ['r.deleted_at IS NULL'] : []
  if (scope.allCommittees) return where
  // One committee as `=`, so the planner sees an equality on the list index's first column.
  const [only, ...more] = scope.committeeIds
  where.push(
    only !== undefined && more.length === 0
      ? `${alias}.committee_id = ${p(only)}::uuid`
      : `${alias}.committee_id = ANY(${p(scope.committeeIds)}::uuid[])`,
  )
  return where
}

/** The resident's current household (at most one: household_member_current_key) matches. */
const currentHousehold = (condition: string) => `EXISTS (SELECT 1 FROM household_member hm
  JOIN household h ON h.id = hm.household_id JOIN dwelling d ON d.id = h.dwelling_id
  WHERE hm.resident_id = r.id AND hm.left_on IS NULL AND ${condition})`

const residentsOnly = (where: string[]): TSource => ({
  from: 'resident r',
  where,
  nameKey: `r.name ${pinyin}`,
  idKey: 'r.id',
})

/**
 * 状态: left out, the current population (the shared rule, `currentPopulationStatuses`), so a
 * person who left is out of the list, its count, the exports and the pickers by default. The
 * list indexes INCLUDE status: a committee's count stays an index-only scan (migration
 * 20261205125600_resident_life_events). Fixed text, not user input.
 */
const statusCondition = (status: TResidentListQuery['status'], p: TParam) =>
  status === 'all'
    ? null
    : status
      ? `r.status = ${p(status)}::"ResidentStatus"`
      : `r.status IN (${currentPopulationStatuses.map((s) => `'${s}'`).join(', ')})`

/** 周岁 from–to on `today`, as birth-date bounds (`bornBy`: the rule of the DTO's `age`). */
const ageConditions = (query: TResidentListQuery, today: string, p: TParam) => [
  ...(query.ageFrom === undefined
    ? []
    : [`r.birth_date <= ${p(bornBy(today, query.ageFrom))}::date`]),
  ...(query.ageTo === undefined
    ? []
    : [`r.birth_date > ${p(bornBy(today, query.ageTo + 1))}::date`]),
]

/** In a household now, or not (人户待落实: registered, but in no household). */
const householdCondition = (inHousehold: boolean) =>
  `${inHousehold ? '' : 'NOT '}EXISTS (SELECT 1 FROM household_member hm
    WHERE hm.resident_id = r.id AND hm.left_on IS NULL)`

/** The list's filters. A name fragment of 2+ characters is read from resident_name_bigram. */
const listSource = (
  scope: TScope,
  query: TResidentListQuery,
  today: string,
  p: TParam,
): TSource => {
  const where = visible(scope, p)
  // A selection is what the clerk chose, whoever it is (one who left too): no other filter.
  if (query.ids) return residentsOnly([...where, `r.id = ANY(${p(query.ids)}::uuid[])`])
  // The population: people living here. A landlord living elsewhere (residence 'elsewhere') is
  // a person of the registry, found by id and by the ID number, never a resident in the list or
  // a count unless `residence` asks for them (a picker of landlords: `all`; ARCHITECTURE.md,
  // People in ledgers). Fixed text; the list indexes INCLUDE it.
  if (query.residence !== 'all')
    where.push(
      query.residence === 'elsewhere' ? `r.residence = 'elsewhere'` : `r.residence = 'here'`,
    )
  const status = statusCondition(query.status, p)
  if (status) where.push(status)
  if (query.sex) where.push(`r.sex = ${p(query.sex)}`)
  where.push(...ageConditions(query, today, p))
  if (query.inHousehold !== undefined) where.push(householdCondition(query.inHousehold))
  if (query.importId)
    where.push(`r.id IN (SELECT i.entity_id FROM import_record i
      WHERE i.job_id = ${p(query.importId)}::uuid AND i.entity_type = 'resident')`)
  if (query.committeeId) where.push(`r.committee_id = ${p(query.committeeId)}::uuid`)
  if (query.category) where.push(`r.category = ${p(query.category)}::"PopulationCategory"`)
  if (query.tag) where.push(`r.tags @> ARRAY[${p(query.tag)}]::text[]`)
  if (query.dwellingId) where.push(currentHousehold(`h.dwelling_id = ${p(query.dwellingId)}::uuid`))
  if (query.buildingId) where.push(currentHousehold(`d.building_id = ${p(query.buildingId)}::uuid`))
  if (!query.q) return residentsOnly(where)

  const search = parseResidentSearch(query.q)
  const text = likeLiteral(search.text)
  if (search.kind === 'last4') {
    const last4 = `r.id_number_last4 = ${p(search.text.toUpperCase())}`
    where.push(`(${last4} OR r.phone_last4 = ${p(search.text)})`)
    return residentsOnly(where)
  }
  if (search.kind === 'phone' || search.kind === 'digits') {
    // Without the blind index (a caller that did not resolve it, or digits that are no phone)
    // nothing matches: a phone is never compared in the clear.
    where.push(`r.phone_hash = ANY(${p(query.phoneHashes ?? [])}::text[])`)
    return residentsOnly(where)
  }
  // Allocated only when used: an unused $n has no type and PostgreSQL refuses the statement.
  let containsParam: string | undefined
  const contains = () => (containsParam ??= p(`%${text}%`))
  if (search.bigram && !search.address) {
    // Driven by the side table in its own (bigram, [committee,] name, id) order: the first page
    // is a range read however many residents match. The scope and committee are repeated on b
    // so its index can use them; r keeps the authoritative conditions.
    const sideWhere = [`b.bigram = ${p(search.bigram)}`, `b.name LIKE ${contains()}`]
    sideWhere.push(...visible(scope, p, 'b'))
    if (query.committeeId) sideWhere.push(`b.committee_id = ${p(query.committeeId)}::uuid`)
    return {
      from: 'resident_name_bigram b JOIN resident r ON r.id = b.resident_id',
      where: [...sideWhere, ...where, `r.name LIKE ${contains()}`],
      nameKey: 'b.name',
      idKey: 'b.resident_id',
    }
  }
  const byName = search.bigram
    ? `r.id IN (SELECT b.resident_id FROM resident_name_bigram b
        WHERE b.bigram = ${p(search.bigram)} AND b.name LIKE ${contains()})`
    : `r.name LIKE ${p(`${text}%`)}`
  where.push(
    search.address ? `(${byName} OR ${currentHousehold(`d.address LIKE ${contains()}`)})` : byName,
  )
  return residentsOnly(where)
}

/** What a DTO needs, read in the page subquery p (raw types, so it can be ordered by them). */
const pageColumns = `r.id, r.version, r.committee_id, r.name, r.id_number_masked, r.id_kind,
  r.sex, r.birth_date, r.ethnicity, r.education, r.political_status, r.marital_status,
  r.employment_status, r.phone_masked, r.category, r.status, r.tags, r.notes, r.created_at,
  r.updated_at`

const isoUtc = (column: string) =>
  `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`

/**
 * The page's rows first (a subquery, so no join runs before the LIMIT), then for those rows only
 * the committee's name and the current household. Dates are formatted here (TResidentRow).
 */
const decorate = (page: string, order = '') => `SELECT p.id, p.version, p.committee_id,
  c.name AS committee_name, p.name, p.id_number_masked, p.id_kind, p.sex,
  to_char(p.birth_date, 'YYYY-MM-DD') AS birth_date, p.ethnicity, p.education,
  p.political_status, p.marital_status, p.employment_status, p.phone_masked, p.category::text AS category,
  p.status::text AS status, p.tags, p.notes, ${isoUtc('p.created_at')} AS created_at, ${isoUtc('p.updated_at')} AS updated_at,
  m.relationship, m.household_id, m.head_resident_id, m.address
FROM (${page}) p
JOIN committee c ON c.id = p.committee_id
LEFT JOIN LATERAL (
  SELECT hm.relationship, h.id AS household_id, h.head_resident_id, d.address
  FROM household_member hm
  JOIN household h ON h.id = hm.household_id
  JOIN dwelling d ON d.id = h.dwelling_id
  WHERE hm.resident_id = p.id AND hm.left_on IS NULL
  LIMIT 1
) m ON true${order}`

/** Per sort field: its column in the source and in p, the cursor's SQL type, the cursor value. */
const sortFields = {
  name: {
    column: (s: TSource) => s.nameKey,
    outer: `p.name ${pinyin}`,
    type: 'text',
    fromCursor: (v: unknown) => (typeof v === 'string' ? v : undefined),
    toCursor: (row: TResidentRow) => row.name,
  },
  birthDate: {
    column: () => 'r.birth_date',
    outer: 'p.birth_date',
    type: 'date',
    fromCursor: (v: unknown) => (v instanceof Date ? v.toISOString().slice(0, 10) : undefined),
    toCursor: (row: TResidentRow) => toDbDate(row.birth_date),
  },
  createdAt: {
    column: () => 'r.created_at',
    outer: 'p.created_at',
    type: 'timestamptz',
    fromCursor: (v: unknown) => (v instanceof Date ? v.toISOString() : undefined),
    toCursor: (row: TResidentRow) => new Date(row.created_at),
  },
} as const

const sortOf = (sort: string) => {
  const { field, direction } = parseSort(sort)
  return { field, direction, spec: sortFields[field as keyof typeof sortFields] }
}

/** A valid cursor's sort value and id, typed for the sort field; anything else is a 400. */
const cursorAfter = (cursor: string, fromCursor: (v: unknown) => string | undefined) => {
  const { value, id } = decodeCursor(cursor)
  const typed =
    value instanceof Date && Number.isNaN(value.getTime()) ? undefined : fromCursor(value)
  if (typed === undefined || !uuid.test(id)) throw invalidCursor()
  return { value: typed, id }
}

/** The number of residents the list's filters match (the cursor aside): for the bench's plans. */
export const residentCountSql = (scope: TScope, query: TResidentListQuery, today: string): TSql => {
  const { p, values } = params()
  const { from, where } = listSource(scope, query, today, p)
  return { text: `SELECT count(*)::int AS total FROM ${from} WHERE ${where.join(' AND ')}`, values }
}

/**
 * The list's statement: `limit + 1` rows (one more says there is a next page) and, where the
 * list counts (a committee filter, or a clerk's scope: cheap; everything: left out, QUALITY.md
 * §3), the total in a `total` column of the same statement — one round trip and one pooled
 * connection per page instead of two (bench: +25% pages per second at 50 connections). An
 * empty page with a count is one row of NULLs and the total.
 */
export const residentListSql = (scope: TScope, query: TResidentListQuery, today: string) => {
  const { field, direction, spec } = sortOf(query.sort)
  const counted = !!query.committeeId || !scope.allCommittees
  const { p, values } = params()
  const source = listSource(scope, query, today, p)
  const where = [...source.where]
  const column = spec.column(source)
  if (query.cursor) {
    const after = cursorAfter(query.cursor, spec.fromCursor)
    const op = direction === 'asc' ? '>' : '<'
    // A row comparison is one index condition: the scan starts at the cursor.
    where.push(
      `(${column}, ${source.idKey}) ${op} (${p(after.value)}::${spec.type}, ${p(after.id)}::uuid)`,
    )
  }
  const dir = direction === 'asc' ? 'ASC' : 'DESC'
  const page = `SELECT ${pageColumns} FROM ${source.from} WHERE ${where.join(' AND ')}
    ORDER BY ${column} ${dir}, ${source.idKey} ${dir} LIMIT ${p(query.limit + 1)}`
  const order = (alias: string) =>
    `\nORDER BY ${spec.outer.replace('p.', `${alias}.`)} ${dir}, ${alias}.id ${dir}`
  if (!counted) return { page: { text: decorate(page, order('p')), values }, counted, field }
  // The count's own copy of the filters (the cursor aside), numbered after the page's values.
  const total = listSource(scope, query, today, p)
  const text = `SELECT d.*, t.total FROM (
    SELECT count(*)::int AS total FROM ${total.from} WHERE ${total.where.join(' AND ')}) t
  LEFT JOIN (${decorate(page)}) d ON true${order('d')}`
  return { page: { text, values }, counted, field }
}

/** Residents of `scope` matching one more condition on r (by id, by blind index). */
const residentsWhereSql = (scope: TScope, condition: (p: TParam) => string): TSql => {
  const { p, values } = params()
  const where = [...visible(scope, p), condition(p)]
  return {
    text: decorate(`SELECT ${pageColumns} FROM resident r WHERE ${where.join(' AND ')}`),
    values,
  }
}

export const residentByIdSql = (scope: TScope, id: string) =>
  residentsWhereSql(scope, (p) => `r.id = ${p(id)}::uuid`)

/** `hashes`: the number's blind index under every index key in use (`cipher.blindIndexes`). */
export const residentByHashSql = (scope: TScope, hashes: string[]) =>
  residentsWhereSql(scope, (p) => `r.id_number_hash = ANY(${p(hashes)}::text[])`)

export const listResidents = async (
  db: TSqlClient,
  scope: TScope,
  query: TResidentListQuery,
  today: string,
) => {
  const { page, counted, field } = residentListSql(scope, query, today)
  const result = await run<TResidentRow & { total?: number }>(db, page)
  const rows = counted ? result.filter((r) => r.id !== null) : result
  const hasMore = rows.length > query.limit
  const pageRows = hasMore ? rows.slice(0, query.limit) : rows
  const last = pageRows.at(-1)
  const { toCursor } = sortFields[field as keyof typeof sortFields]
  return {
    items: pageRows.map((row) => toResidentDto(row, today)),
    // The same cursor the Prisma reader handed out: { v, d?, id } (lib/keyset.ts).
    nextCursor:
      hasMore && last ? encodeCursor({ id: last.id, [field]: toCursor(last) }, field) : null,
    ...(counted ? { total: result[0]?.total ?? 0 } : {}),
  }
}

export const getResident = async (db: TSqlClient, scope: TScope, id: string, today: string) => {
  const [row] = await run<TResidentRow>(db, residentByIdSql(scope, id))
  if (!row) throw notFound()
  return toResidentDto(row, today)
}

/**
 * The live resident with one of these blind indexes (the number's under each index key in use),
 * if in scope (the unique index allows one per key; a person's row carries one of them).
 */
export const findByIdNumberHash = async (
  db: TSqlClient,
  scope: TScope,
  hashes: string[],
  today: string,
) =>
  (await run<TResidentRow>(db, residentByHashSql(scope, hashes))).map((row) =>
    toResidentDto(row, today),
  )
