// The plain-SQL twins of the residents service's reads, written as one would by hand: the WHERE,
// ORDER BY and LIMIT that Prisma sends (seen in its query log: the scope, `deleted_at IS NULL`,
// the bigram containment plus LIKE for `q`, the keyset condition in the same OR form), but one
// statement per page that returns what the DTO needs: the page of residents first (a subquery,
// so the planner cannot join thousands of candidate rows before the LIMIT), then the committee's
// name and the current household (LEFT JOIN LATERAL) for those rows. Prisma sends the page with
// every column, then the committee, the memberships, their households and dwellings as four more
// queries, one after another. A count, where the service counts, runs alongside.
import { nameBigrams } from '../../src/modules/residents/name-bigrams.ts'
import type { TSqlQuery } from '../scenario.ts'

const residentColumns = `r.id, r.version, r.committee_id, r.name, r.id_number_masked, r.id_kind,
  r.sex, r.birth_date, r.ethnicity, r.education, r.political_status, r.marital_status,
  r.employment_status, r.phone, r.category, r.tags, r.notes, r.created_at, r.updated_at`

const columns = `r.*, c.name AS committee_name,
  m.relationship, m.household_id, m.head_resident_id, m.address`

/** The committee and current household of the rows of `page` (a subquery aliased r). */
const decorate = (page: string, order = '') => `SELECT ${columns} FROM (${page}) r
  JOIN committee c ON c.id = r.committee_id
  LEFT JOIN LATERAL (
    SELECT hm.relationship, h.id AS household_id, h.head_resident_id, d.address
    FROM household_member hm
    JOIN household h ON h.id = hm.household_id
    JOIN dwelling d ON d.id = h.dwelling_id
    WHERE hm.resident_id = r.id AND hm.left_on IS NULL
    LIMIT 1
  ) m ON true${order}`

export type TResidentFilter = {
  /** The actor's committees; null for a supervisor (every committee). */
  scope: string[] | null
  committeeId?: string
  /** A name fragment of 2+ characters (the bigram branch of residentSearchWhere). */
  fragment?: string
  /** Keyset: the page after this row. */
  after?: { name: string; id: string }
}

/** WHERE of a filter, with its values numbered from $1. */
const where = (filter: TResidentFilter) => {
  const values: unknown[] = []
  const param = (value: unknown) => `$${values.push(value)}`
  const conditions = ['r.deleted_at IS NULL']
  if (filter.scope) conditions.push(`r.committee_id = ANY(${param(filter.scope)}::uuid[])`)
  if (filter.committeeId) conditions.push(`r.committee_id = ${param(filter.committeeId)}::uuid`)
  if (filter.fragment) {
    const bigrams = nameBigrams(filter.fragment)
    conditions.push(`r.name_bigrams @> ${param(bigrams)}::text[]`)
    conditions.push(`r.name LIKE ${param(`%${filter.fragment}%`)}`)
  }
  if (filter.after) {
    const name = param(filter.after.name)
    conditions.push(
      `(r.name > ${name} OR (r.name = ${name} AND r.id > ${param(filter.after.id)}::uuid))`,
    )
  }
  return { text: conditions.join(' AND '), values }
}

/** One page in the default order (name, id): `limit + 1` rows, as the service asks. */
export const residentPageSql = (filter: TResidentFilter, limit: number): TSqlQuery => {
  const w = where(filter)
  const page = `SELECT ${residentColumns} FROM resident r WHERE ${w.text}
    ORDER BY r.name, r.id LIMIT ${limit + 1}`
  return { text: decorate(page, ' ORDER BY r.name, r.id'), values: w.values }
}

/** The total of the whole list, as the service counts it: without the keyset condition. */
export const residentCountSql = ({ after: _after, ...filter }: TResidentFilter): TSqlQuery => {
  const w = where(filter)
  return { text: `SELECT count(*)::int AS total FROM resident r WHERE ${w.text}`, values: w.values }
}

/** The page, and its count where the service counts (a committee filter, or a scoped actor). */
export const residentListSql = (filter: TResidentFilter, limit: number): TSqlQuery[] =>
  filter.committeeId || filter.scope
    ? [residentPageSql(filter, limit), residentCountSql(filter)]
    : [residentPageSql(filter, limit)]

/** Exact lookup by blind index, as POST /residents/search does. */
export const residentByHashSql = (hash: string): TSqlQuery => ({
  text: decorate(`SELECT ${residentColumns} FROM resident r
    WHERE r.deleted_at IS NULL AND r.id_number_hash = $1`),
  values: [hash],
})
