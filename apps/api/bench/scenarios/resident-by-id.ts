// One resident by id, as the details page and the edit form load it: GET /api/v1/residents/:id
// as the clerk (authentication, scope, the read model's one statement, DTO, ETag) against the
// same statement through pg (`residentByIdSql`, the read model's own). On one community of 6,000
// (fixtures/community.ts), walking through its residents: a primary-key lookup, whose cost does
// not depend on how many residents the table holds.
import type { TResident } from '@cr/shared/residents/resident'
import { residentByIdSql } from '../../src/modules/residents/residents.read.ts'
import { communityFixture } from '../fixtures/community.ts'
import type { THttpResponse } from '../lib/http-client.ts'
import { defineScenario } from '../scenario.ts'
import { assert, httpJson, sqlRows } from './checks.ts'

export const residentById = defineScenario({
  name: 'resident by id (clerk)',
  describe:
    'GET /api/v1/residents/:id with ETag as the clerk (6,000 residents in turn) vs the read ' +
    "model's SELECT … WHERE r.id = $1 (+ scope) through pg",
  setup: communityFixture,
  ours: (_ctx, f, i) => ({
    path: `/api/v1/residents/${f.residentIds[i % f.residentIds.length]}`,
    headers: { cookie: f.clerk.cookie },
  }),
  baseline: (_ctx, f, i) =>
    residentByIdSql(
      { allCommittees: false, committeeIds: f.clerk.committeeIds },
      f.residentIds[i % f.residentIds.length]!,
    ),
  check: (f, ours, baseline) => {
    const body = httpJson<TResident>(ours)
    const row = sqlRows<{ id: string; version: number }>(baseline)[0]
    assert(row && body.id === row.id && body.id === f.residentIds[0], 'not the same resident')
    const etag = (ours as THttpResponse).headers.etag
    assert(etag === `"${row.version}"`, `ETag ${etag} for version ${row.version}`)
  },
})
