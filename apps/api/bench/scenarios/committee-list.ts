// The committee list page, first page of 20 in the default order (code), as the web app asks for
// it: GET /api/v1/committees?limit=20 with a session cookie — authentication (session, user,
// password policy), validation, scope, Prisma's page + count, DTOs, serialisation — against the
// page and count through plain pg. The clerk case filters 2,000 rows down to 50 by scope; the
// administrator's counts all 2,000.
import { committeeFixture, type TCommitteeFixture } from '../fixtures/committees.ts'
import { defineScenario } from '../scenario.ts'
import {
  oursP95AtMost,
  oursP99AtMost,
  oursRpsAtLeast,
  p50OverBaselineAtMost,
} from '../lib/goals.ts'
import { assert, assertSameIds, httpJson, sqlRows } from './checks.ts'
import { committeePageSql } from './committee-sql.ts'

const limit = 20
const lists = 'QUALITY.md §5 Lists (1M residents; committees stand in)'
const orm = 'QUALITY.md §5 ORM overhead'

/** QUALITY.md's list goals (at 50 connections) and the ORM budget. */
export const listGoals = [
  oursP95AtMost(100, lists, 50),
  oursP99AtMost(250, lists, 50),
  oursRpsAtLeast(500, lists, 50),
  p50OverBaselineAtMost(5, orm),
]

type TPage = { items: { id: string }[]; total: number }

const checkPage = (expectedTotal: number) => (ours: unknown, baseline: unknown) => {
  const page = httpJson<TPage>(ours)
  const total = sqlRows<{ total: number }>(baseline, 1)[0]!.total
  assert(page.total === expectedTotal && total === expectedTotal, `total ${page.total}/${total}`)
  assertSameIds('first page', page.items, sqlRows<{ id: string }>(baseline, 0).slice(0, limit))
}

const listScenario = (
  who: 'clerk' | 'admin',
  scope: (f: TCommitteeFixture) => string[] | null,
  expectedTotal: (f: TCommitteeFixture) => number,
) =>
  defineScenario({
    name: `committee list (${who})`,
    describe: `GET /api/v1/committees?limit=${limit} as the ${who} vs its page + count through pg`,
    setup: (ctx) => committeeFixture(ctx),
    ours: (_ctx, f) => ({
      path: `/api/v1/committees?limit=${limit}`,
      headers: { cookie: f[who].cookie },
    }),
    baseline: (_ctx, f) => committeePageSql(scope(f), limit),
    check: (f, ours, baseline) => checkPage(expectedTotal(f))(ours, baseline),
    goals: listGoals,
  })

export const committeeListClerk = listScenario(
  'clerk',
  (f) => f.clerk.committeeIds,
  (f) => f.clerk.committeeIds.length,
)

export const committeeListAdmin = listScenario(
  'admin',
  () => null,
  (f) => f.allIds.length,
)
