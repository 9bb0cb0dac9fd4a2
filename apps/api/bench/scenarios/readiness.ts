// The floor under every other row: GET /api/health/ready runs exactly `SELECT 1` on the app's pool
// (no session, no Prisma), so against `SELECT 1` through pg it measures only what HTTP, Fastify's
// hooks (request id, rate-limit bypass, the auth gate's early return, helmet) and the load
// driver's own client cost on this machine. Subtract it mentally from the other HTTP rows to see
// what authentication, Prisma and serialisation add.
import { defineScenario } from '../scenario.ts'
import { assert, httpJson, sqlRows } from './checks.ts'

export const readiness = defineScenario({
  name: 'readiness (HTTP floor)',
  describe: 'GET /api/health/ready (SELECT 1 on the app pool) vs SELECT 1 through pg',
  setup: async () => undefined,
  ours: () => ({ path: '/api/health/ready' }),
  baseline: () => ({ text: 'SELECT 1 AS ok' }),
  check: (_state, ours, baseline) => {
    assert(httpJson<{ status: string }>(ours).status === 'ok', 'not ready')
    assert(sqlRows<{ ok: number }>(baseline)[0]?.ok === 1, 'SELECT 1 failed')
  },
})
