// The same clerk page, without HTTP and authentication: the service function the route calls
// (listCommittees through Prisma), in this process, against the same SQL through pg. This is
// QUALITY.md's "ORM overhead" in isolation; the HTTP rows add the framework, session lookup and
// serialisation on top of it, so the two together show where a request's time goes.
import { ZCommitteeListQuery } from '@cr/shared/committees/committee'
import { todayInChina } from '@cr/shared/party/calendar'
import type { TActor } from '../../src/lib/actor.ts'
import { loadUserActor } from '../../src/modules/auth/load-actor.ts'
import { listCommittees } from '../../src/modules/committees/committees.service.ts'
import { getPasswordPolicy } from '../../src/modules/settings/settings.service.ts'
import { committeeFixture, type TCommitteeFixture } from '../fixtures/committees.ts'
import { p50OverBaselineAtMost } from '../lib/goals.ts'
import { defineScenario } from '../scenario.ts'
import { assert, assertSameIds, sqlRows } from './checks.ts'
import { committeePageSql } from './committee-sql.ts'

const limit = 20
// Parsed like the route's querystring, so the service gets exactly what a request would give it.
const query = ZCommitteeListQuery.parse({ limit: String(limit) })

type TState = { fixture: TCommitteeFixture; actor: TActor }

export const committeeListService = defineScenario({
  name: 'committee list (clerk, service only)',
  describe: 'listCommittees() via Prisma in this process vs the same page + count through pg',
  setup: async (ctx): Promise<TState> => {
    const fixture = await committeeFixture(ctx)
    const { prisma } = ctx.db
    const actor = await loadUserActor(
      prisma,
      fixture.clerk.id,
      null,
      await getPasswordPolicy(prisma),
      todayInChina(new Date()),
    )
    assert(actor, 'the clerk could not be loaded')
    return { fixture, actor }
  },
  ours:
    (ctx, { actor }) =>
    () =>
      listCommittees(ctx.db.prisma, actor, query),
  baseline: (_ctx, { fixture }) => committeePageSql(fixture.clerk.committeeIds, limit),
  check: ({ fixture }, ours, baseline) => {
    const page = ours as Awaited<ReturnType<typeof listCommittees>>
    assert(page.total === fixture.clerk.committeeIds.length, `total ${page.total}`)
    assertSameIds('first page', page.items, sqlRows<{ id: string }>(baseline, 0).slice(0, limit))
  },
  goals: [p50OverBaselineAtMost(5, 'QUALITY.md §5 ORM overhead')],
})
