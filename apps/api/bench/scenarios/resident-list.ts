// The committee-filtered resident list at 1,000,000 residents (issue "Residents registry";
// QUALITY.md §5 Lists): GET /api/v1/residents?committeeId=…&limit=20 as the clerk of that
// committee — authentication, validation, scope, the read model's page statement and count
// (residents.read.ts, on the raw pool, run together), DTOs, serialisation — against the same two
// statements through plain pg (resident-sql.ts). Eight committees (~5,000 residents each) take
// turns. Also the same first page through the read model alone (its share without HTTP), and a
// deep keyset page, 2,500 rows into the committee, with a cursor the API itself handed out.
import { ZResidentListQuery } from '@cr/shared/residents/resident'
import { todayInChina } from '@cr/shared/party/calendar'
import type { TActor } from '../../src/lib/actor.ts'
import { loadUserActor } from '../../src/modules/auth/load-actor.ts'
import { listResidents } from '../../src/modules/residents/residents.service.ts'
import { getPasswordPolicy } from '../../src/modules/settings/settings.service.ts'
import {
  deepRows,
  residentsFixture,
  type TResidentClerk,
  type TResidentsFixture,
} from '../fixtures/residents.ts'
import {
  oursP95AtMost,
  oursP99AtMost,
  oursRpsAtLeast,
  p50OverBaselineAtMost,
} from '../lib/goals.ts'
import { residentsDataset } from '../residents/dataset.ts'
import { defineScenario } from '../scenario.ts'
import { assert, assertSameIds, httpJson, sqlRows } from './checks.ts'
import {
  residentCountSql,
  residentListSql,
  residentPageSql,
  type TResidentFilter,
} from './resident-sql.ts'

const limit = 20
const issue = 'issue "Residents registry"'
/** The bench reads on the real day: it measures speed, not date rules. */
const today = todayInChina(new Date())

export const residentListGoals = [
  oursP95AtMost(100, `${issue}; QUALITY.md §5 Lists`, 50),
  oursP99AtMost(250, 'QUALITY.md §5 Lists', 50),
  oursRpsAtLeast(500, 'QUALITY.md §5 Lists', 50),
  p50OverBaselineAtMost(5, `${issue}; QUALITY.md §5 ORM overhead`),
]

export type TResidentPage = { items: { id: string }[]; nextCursor: string | null; total?: number }

/** Same rows in the same order, and the same total where the baseline counted. */
export const checkResidentPage = (page: TResidentPage, baseline: unknown, total?: number) => {
  const results = Array.isArray(baseline) ? baseline : [baseline]
  // Where the list counts, every row carries the total (an empty page: one row without an id).
  const all = sqlRows<{ id: string | null; total?: number }>(results, 0)
  const rows = all.filter((r): r is { id: string; total?: number } => r.id !== null)
  assertSameIds('page', page.items, rows.slice(0, limit))
  assert((page.nextCursor !== null) === rows.length > limit, 'next page disagrees')
  const counted = all[0]?.total
  if (counted !== undefined) {
    assert(page.total === counted, `total ${page.total} vs pg ${counted}`)
    if (total !== undefined) assert(counted === total, `total ${counted}, expected ${total}`)
  } else assert(page.total === undefined, 'ours counted where the service should not')
}

const clerkAt = (f: TResidentsFixture, i: number) => f.clerks[i % f.clerks.length]!
const committeeFilter = (c: TResidentClerk): TResidentFilter => ({
  scope: [c.committeeId],
  committeeId: c.committeeId,
})
const listPath = (c: TResidentClerk, cursor?: string) =>
  `/api/v1/residents?committeeId=${c.committeeId}&limit=${limit}` +
  (cursor ? `&cursor=${encodeURIComponent(cursor)}` : '')

export const residentListClerk = defineScenario({
  name: 'resident list (clerk, committee page 1)',
  describe:
    `GET /api/v1/residents?committeeId=…&limit=${limit} as that committee's clerk (8 committees ` +
    'in turn) vs the same page statement (with its count) through pg',
  dataset: residentsDataset,
  setup: residentsFixture,
  ours: (_ctx, f, i) => ({
    path: listPath(clerkAt(f, i)),
    headers: { cookie: clerkAt(f, i).cookie },
  }),
  baseline: (_ctx, f, i) => residentListSql(committeeFilter(clerkAt(f, i)), limit),
  check: (f, ours, baseline) =>
    checkResidentPage(httpJson<TResidentPage>(ours), baseline, f.clerks[0]!.total),
  goals: residentListGoals,
  explain: (_ctx, f) => ({
    'first page': residentPageSql(committeeFilter(f.clerks[0]!), limit),
    count: residentCountSql(committeeFilter(f.clerks[0]!)),
  }),
})

type TServiceState = { fixture: TResidentsFixture; actors: TActor[] }
const firstPageQuery = (c: TResidentClerk) =>
  ZResidentListQuery.parse({ committeeId: c.committeeId, limit: String(limit) })

export const residentListService = defineScenario({
  name: 'resident list (clerk, page 1, service only)',
  describe:
    'listResidents() (read model, raw pool) in this process vs the same page statement (with count) ' +
    'through pg',
  dataset: residentsDataset,
  setup: async (ctx): Promise<TServiceState> => {
    const fixture = await residentsFixture(ctx)
    const policy = await getPasswordPolicy(ctx.db.prisma)
    const actors = await Promise.all(
      fixture.clerks.map(async (c) => {
        const actor = await loadUserActor(ctx.db.prisma, c.id, null, policy, today)
        assert(actor, 'a clerk could not be loaded')
        return actor
      }),
    )
    return { fixture, actors }
  },
  ours:
    (ctx, { fixture, actors }, i) =>
    () =>
      listResidents(
        ctx.db.pool,
        actors[i % actors.length]!,
        firstPageQuery(clerkAt(fixture, i)),
        today,
      ),
  baseline: (_ctx, { fixture }, i) => residentListSql(committeeFilter(clerkAt(fixture, i)), limit),
  check: ({ fixture }, ours, baseline) =>
    checkResidentPage(ours as TResidentPage, baseline, fixture.clerks[0]!.total),
  goals: [p50OverBaselineAtMost(5, `${issue}; QUALITY.md §5 ORM overhead`)],
})

export const residentListDeep = defineScenario({
  name: 'resident list (clerk, deep keyset page)',
  describe:
    `the same list ${deepRows.toLocaleString('en')} rows into the committee, with the cursor the ` +
    'API handed out there, vs the same page statement (row-comparison keyset, with count)',
  dataset: residentsDataset,
  setup: residentsFixture,
  ours: (_ctx, f, i) => {
    const clerk = clerkAt(f, i)
    return { path: listPath(clerk, clerk.deepCursor), headers: { cookie: clerk.cookie } }
  },
  baseline: (_ctx, f, i) => {
    const clerk = clerkAt(f, i)
    return residentListSql({ ...committeeFilter(clerk), cursor: clerk.deepCursor }, limit)
  },
  check: (f, ours, baseline) =>
    checkResidentPage(httpJson<TResidentPage>(ours), baseline, f.clerks[0]!.total),
  goals: residentListGoals,
  explain: (_ctx, f) => ({
    'deep page': residentPageSql(
      { ...committeeFilter(f.clerks[0]!), cursor: f.clerks[0]!.deepCursor },
      limit,
    ),
  }),
})
