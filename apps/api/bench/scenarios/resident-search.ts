// Two-character name search at 1,000,000 residents (issue "Residents registry"; QUALITY.md §3
// "Chinese names", §5 Search): GET /api/v1/residents?q=<2 characters>&limit=20, which the read
// model answers from the trigger-kept side table resident_name_bigram in its (bigram, name, id)
// index order (pg_trgm has no trigram for two characters), against the same statement through
// plain pg.
// Fragments rotate (fixtures/residents.ts: common given-name pairs and two rare ones), as a
// supervisor over all committees (no count) and as a clerk within one committee (with count).
import { residentsFixture, type TResidentsFixture } from '../fixtures/residents.ts'
import { oursP95AtMost, p50OverBaselineAtMost } from '../lib/goals.ts'
import { residentsDataset } from '../residents/dataset.ts'
import { defineScenario } from '../scenario.ts'
import { httpJson } from './checks.ts'
import { checkResidentPage, type TResidentPage } from './resident-list.ts'
import { residentCountSql, residentListSql, residentPageSql } from './resident-sql.ts'

const limit = 20
const issue = 'issue "Residents registry"'
const searchGoals = [
  oursP95AtMost(150, `${issue}; QUALITY.md §5 Search`, 50),
  p50OverBaselineAtMost(5, `${issue}; QUALITY.md §5 ORM overhead`),
]

const searchPath = (fragment: string) =>
  `/api/v1/residents?q=${encodeURIComponent(fragment)}&limit=${limit}`
const fragmentAt = (f: TResidentsFixture, i: number) => f.fragments[i % f.fragments.length]!.text

export const residentSearchSupervisor = defineScenario({
  name: 'resident name search (supervisor)',
  describe:
    `GET /api/v1/residents?q=<2 chars>&limit=${limit} as a supervisor (all committees, no count; ` +
    '8 fragments in turn) vs the same resident_name_bigram page statement through pg',
  dataset: residentsDataset,
  setup: residentsFixture,
  ours: (_ctx, f, i) => ({
    path: searchPath(fragmentAt(f, i)),
    headers: { cookie: f.supervisor.cookie },
  }),
  baseline: (_ctx, f, i) => residentListSql({ scope: null, fragment: fragmentAt(f, i) }, limit),
  check: (_f, ours, baseline) => checkResidentPage(httpJson<TResidentPage>(ours), baseline),
  goals: searchGoals,
  explain: (_ctx, f) => {
    const common = f.fragments[0]!
    const rare = f.fragments.at(-1)!
    return {
      [`${common.text} (${common.matches} matches)`]: residentPageSql(
        { scope: null, fragment: common.text },
        limit,
      ),
      [`${rare.text} (${rare.matches} matches)`]: residentPageSql(
        { scope: null, fragment: rare.text },
        limit,
      ),
    }
  },
})

// A clerk's searches: clerk i mod 8 (one committee each) with fragment ⌊i/8⌋ mod 8.
const clerkSearchAt = (f: TResidentsFixture, i: number) => ({
  clerk: f.clerks[i % f.clerks.length]!,
  fragment: fragmentAt(f, Math.floor(i / f.clerks.length)),
})

export const residentSearchClerk = defineScenario({
  name: 'resident name search (clerk)',
  describe:
    `GET /api/v1/residents?q=<2 chars>&limit=${limit} as a clerk (own committee, with count; ` +
    '8 clerks × 8 fragments) vs the same page statement (with count) through pg',
  dataset: residentsDataset,
  setup: residentsFixture,
  ours: (_ctx, f, i) => {
    const { clerk, fragment } = clerkSearchAt(f, i)
    return { path: searchPath(fragment), headers: { cookie: clerk.cookie } }
  },
  baseline: (_ctx, f, i) => {
    const { clerk, fragment } = clerkSearchAt(f, i)
    return residentListSql({ scope: [clerk.committeeId], fragment }, limit)
  },
  check: (_f, ours, baseline) => checkResidentPage(httpJson<TResidentPage>(ours), baseline),
  goals: searchGoals,
  explain: (_ctx, f) => {
    const filter = { scope: [f.clerks[0]!.committeeId], fragment: f.fragments[0]!.text }
    return {
      [`${filter.fragment}, one committee`]: residentPageSql(filter, limit),
      count: residentCountSql(filter),
    }
  },
})
