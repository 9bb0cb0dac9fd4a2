// The plain-pg twins of the residents' reads: the very statements the API now sends, built by
// the read model itself (src/modules/residents/residents.read.ts), run through plain pg. The
// page is one statement (the page of residents in a subquery, then the committee's name and
// the current household for those rows only, and the count in the same statement where the
// list counts). So an HTTP row's ratio is everything a request costs beyond its SQL
// (authentication, validation, DTO mapping, serialisation), and the "service only" row is the
// read model's own overhead in Node.
import { ZResidentListQuery } from '@cr/shared/residents/resident'
import * as read from '../../src/modules/residents/residents.read.ts'
import type { TSqlQuery } from '../scenario.ts'

export type TResidentFilter = {
  /** The actor's committees; null for a supervisor (every committee). */
  scope: string[] | null
  committeeId?: string
  /** The `q` of the list (a 2-character name fragment in these scenarios). */
  fragment?: string
  /** Keyset: a cursor the API handed out. */
  cursor?: string
}

const scopeOf = (filter: TResidentFilter): read.TScope =>
  filter.scope
    ? { allCommittees: false, committeeIds: filter.scope }
    : { allCommittees: true, committeeIds: [] }

/** The day the age filters count from; these scenarios filter by no age, so any day serves. */
const today = '2026-11-30'

/** The list query the API parses from a request with these parameters. */
const listQuery = (filter: TResidentFilter, limit: number) =>
  ZResidentListQuery.parse({
    limit: String(limit),
    ...(filter.committeeId ? { committeeId: filter.committeeId } : {}),
    ...(filter.fragment ? { q: filter.fragment } : {}),
    ...(filter.cursor ? { cursor: filter.cursor } : {}),
  })

/** One page in the default order (name in pinyin, id): `limit + 1` rows, as the API asks. */
export const residentPageSql = (filter: TResidentFilter, limit: number): TSqlQuery =>
  read.residentListSql(scopeOf(filter), listQuery(filter, limit), today).page

/** The total of the list without the cursor, whether or not the API would count it. */
export const residentCountSql = (filter: TResidentFilter): TSqlQuery =>
  read.residentCountSql(scopeOf(filter), listQuery(filter, 1), today)

/** The page, with its count in a `total` column where the API counts (committee or scope). */
export const residentListSql = (filter: TResidentFilter, limit: number): TSqlQuery[] => [
  read.residentListSql(scopeOf(filter), listQuery(filter, limit), today).page,
]

/** Exact lookup by blind index as POST /residents/search sends it (a supervisor: no scope). */
export const residentByHashSql = (hash: string): TSqlQuery =>
  read.residentByHashSql({ allCommittees: true, committeeIds: [] }, [hash])
