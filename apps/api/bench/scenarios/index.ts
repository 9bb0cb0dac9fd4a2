// Every scenario `pnpm bench` runs, in this order. A new record module adds its scenario file to
// this folder and one line here (see ../README.md). Order matters only for time: scenarios that
// share a fixture (ctx.shared) reuse the seed of the first.
import type { TScenario } from '../scenario.ts'
import { committeeById } from './committee-by-id.ts'
import { committeeListAdmin, committeeListClerk } from './committee-list.ts'
import { committeeListService } from './committee-list-service.ts'
import { readiness } from './readiness.ts'
import { residentById } from './resident-by-id.ts'
import { residentIdLookup } from './resident-id-lookup.ts'
import { residentListClerk, residentListDeep, residentListService } from './resident-list.ts'
import { residentSearchClerk, residentSearchSupervisor } from './resident-search.ts'
import { residentCreate, residentUpdate } from './resident-write.ts'
import { signIn } from './sign-in.ts'

export const scenarios: TScenario<unknown>[] = [
  readiness,
  committeeListClerk,
  committeeListService,
  committeeListAdmin,
  committeeById,
  signIn,
  // A clerk's record read and writes on one community of 6,000 (fixtures/community.ts), in the
  // fresh database.
  residentById,
  residentUpdate,
  residentCreate,
  // On the kept 1M-resident dataset (residents/dataset.ts), loaded on first use.
  residentListClerk,
  residentListService,
  residentListDeep,
  residentSearchSupervisor,
  residentSearchClerk,
  residentIdLookup,
]
