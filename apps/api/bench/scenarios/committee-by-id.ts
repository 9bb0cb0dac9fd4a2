// One committee by id, as a details page or an edit form loads it: GET /api/v1/committees/:id as
// the clerk (scope check, DTO, ETag from the version) against the same row through pg. Requests
// walk round the clerk's 50 committees, so no single row or cache line is all that is measured.
import { committeeFixture } from '../fixtures/committees.ts'
import { p50OverBaselineAtMost } from '../lib/goals.ts'
import type { THttpResponse } from '../lib/http-client.ts'
import { defineScenario } from '../scenario.ts'
import { assert, httpJson, sqlRows } from './checks.ts'
import { committeeByIdSql } from './committee-sql.ts'

export const committeeById = defineScenario({
  name: 'committee by id (clerk)',
  describe: 'GET /api/v1/committees/:id with ETag as the clerk vs SELECT … WHERE id = $1 (+ scope)',
  setup: (ctx) => committeeFixture(ctx),
  ours: (_ctx, f, i) => ({
    path: `/api/v1/committees/${f.clerk.committeeIds[i % f.clerk.committeeIds.length]}`,
    headers: { cookie: f.clerk.cookie },
  }),
  baseline: (_ctx, f, i) =>
    committeeByIdSql(f.clerk.committeeIds[i % f.clerk.committeeIds.length]!, f.clerk.committeeIds),
  check: (f, ours, baseline) => {
    const body = httpJson<{ id: string; version: number }>(ours)
    const row = sqlRows<{ id: string; version: number }>(baseline)[0]
    assert(row && body.id === row.id && body.id === f.clerk.committeeIds[0], 'not the same row')
    const etag = (ours as THttpResponse).headers.etag
    assert(etag === `"${row.version}"`, `ETag ${etag} for version ${row.version}`)
  },
  goals: [p50OverBaselineAtMost(5, 'QUALITY.md §5 ORM overhead')],
})
