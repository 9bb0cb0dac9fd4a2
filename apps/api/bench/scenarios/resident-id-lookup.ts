// Exact lookup by full ID number at 1,000,000 residents (issue "Residents registry"; QUALITY.md
// §5 Search): POST /api/v1/residents/search {idNumber} as a supervisor — validation and
// normalisation of the number, its HMAC blind index, Prisma's lookup on the unique partial index
// (+ committee, memberships, households, dwellings), DTO — against the HMAC and the same lookup
// as one statement through plain pg. 2,000 real numbers (decrypted from a sample) in turn.
import { residentsFixture } from '../fixtures/residents.ts'
import { oursP95AtMost, p50OverBaselineAtMost } from '../lib/goals.ts'
import { residentsDataset } from '../residents/dataset.ts'
import { defineScenario } from '../scenario.ts'
import { assert, httpJson, sqlRows } from './checks.ts'
import { residentByHashSql } from './resident-sql.ts'

const issue = 'issue "Residents registry"'

export const residentIdLookup = defineScenario({
  name: 'resident ID lookup (supervisor)',
  describe:
    'POST /api/v1/residents/search {idNumber} as a supervisor (2,000 real numbers in turn) vs ' +
    'HMAC + SELECT … WHERE id_number_hash = $1 through pg',
  dataset: residentsDataset,
  setup: residentsFixture,
  ours: (_ctx, f, i) => ({
    method: 'POST',
    path: '/api/v1/residents/search',
    headers: { cookie: f.supervisor.cookie },
    body: { idNumber: f.idNumbers[i % f.idNumbers.length]!.idNumber },
  }),
  // The blind index is computed inside the timed operation, as the service computes it.
  baseline: (_ctx, f, i) =>
    residentByHashSql(f.cipher.blindIndex(f.idNumbers[i % f.idNumbers.length]!.idNumber)),
  check: (f, ours, baseline) => {
    const found = httpJson<{ items: { id: string }[] }>(ours).items
    const rows = sqlRows<{ id: string }>(baseline)
    const expected = f.idNumbers[0]!.id
    assert(found.length === 1 && found[0]!.id === expected, `ours found ${found.length} rows`)
    assert(rows.length === 1 && rows[0]!.id === expected, `pg found ${rows.length} rows`)
  },
  goals: [
    oursP95AtMost(50, `${issue}; QUALITY.md §5 Search`, 50),
    p50OverBaselineAtMost(5, `${issue}; QUALITY.md §5 ORM overhead`),
  ],
  explain: (_ctx, f) => ({
    lookup: residentByHashSql(f.cipher.blindIndex(f.idNumbers[0]!.idNumber)),
  }),
})
