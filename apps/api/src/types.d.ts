import type { TPermission } from '@cr/shared/auth/roles'
import type { TLanguage } from '@cr/shared/common/error-messages'
import type { TDb } from './lib/db-types.ts'
import type { TActor } from './lib/actor.ts'
import type { TFieldCipher } from './lib/crypto/field-cipher.ts'
import type { TConfig } from './config.ts'
import type { TClock } from './lib/clock.ts'
import type { TRouteInfo } from './plugins/app/route-registry.ts'
import type { TImportQueue } from './imports/job-queue.ts'
import type { TJobQueue } from './jobs/job-queue.ts'
import type { TMetrics } from './lib/metrics.ts'

/** What a route must declare: the permission it needs, or that it is public / any signed-in user. */
export type TRoutePermission = TPermission | 'public' | 'authenticated'

declare module 'fastify' {
  interface FastifyInstance {
    db: TDb
    config: TConfig
    /** The clock business dates are taken from (lib/clock.ts); fixed in tests. */
    clock: TClock
    /** Today in China Standard Time by `clock`, `YYYY-MM-DD`. */
    today: () => string
    routeTable: TRouteInfo[]
    hasSpa: boolean
    /** Encrypts, decrypts and blind-indexes personal identifiers. */
    cipher: TFieldCipher
    /** Starts refusing new requests (503) and resolves when those in flight are done. */
    drain: (timeoutMs: number) => Promise<void>
    /** Background work on the PostgreSQL job queue (jobs/job-queue.ts, src/job-tasks.ts). */
    jobs: TJobQueue
    /** Import runs, queued on `jobs`; the ledger types (src/ledger-types.ts). */
    imports: TImportQueue
    /** The process's Prometheus metrics (lib/metrics.ts). */
    metrics: TMetrics
  }
  interface FastifyRequest {
    lang: TLanguage
    actor: TActor | null
  }
  interface FastifyContextConfig {
    permission?: TRoutePermission
    /** Routes a user who must change their password may still call (me, change-password, logout). */
    allowPendingPasswordChange?: boolean
    /**
     * Whether a field role's account (巡逻队员, 楼长) may use the route, and how far. `'own'`: the
     * guard resolves once the patrol teams it is a current member of into `actor.patrolTeamIds`,
     * and the service keeps to them (`modules/patrol/patrol-team-scope.ts`). `'committee'`: the
     * patrol's shared reference data (routes and their checkpoints), the committee scope only.
     * Left out, a field role is refused (403) whatever its permission says: fails closed.
     */
    teamScope?: 'own' | 'committee'
  }
}
