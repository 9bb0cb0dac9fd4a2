import { afterAll, describe, expect, it } from 'vitest'
import { createDb } from '@cr/db/client'
import { buildApp } from '../../app.ts'
import { seedUser } from '../../test/factories.ts'
import { signIn } from '../../test/sign-in.ts'
import { startTcpProxy } from '../../test/tcp-proxy.ts'
import { testConfig } from '../../test/test-config.ts'
import { useTestApp } from '../../test/test-app.ts'

const t = useTestApp()
const cleanups: Array<() => Promise<unknown>> = []
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup()
})

describe('losing the database', () => {
  it('answers 503 with Retry-After while it is gone and recovers without a restart', async () => {
    const direct = new URL(t().connectionString)
    const proxy = await startTcpProxy({ host: direct.hostname, port: Number(direct.port) })
    const viaProxy = new URL(t().connectionString)
    viaProxy.port = String(proxy.port)
    const db = createDb({ connectionString: viaProxy.toString(), onIdleError: () => {} })
    const app = await buildApp({ config: testConfig(), db, logger: false })
    cleanups.push(proxy.close, db.close, () => app.close())

    const user = await seedUser(t().db.prisma, { role: 'admin' })
    const auth = await signIn(app, user.username)
    expect(
      (await app.inject({ method: 'GET', url: '/api/v1/committees', headers: auth })).statusCode,
    ).toBe(200)

    await proxy.cut()
    const started = Date.now()
    const down = await app.inject({ method: 'GET', url: '/api/v1/committees', headers: auth })
    expect(down.statusCode).toBe(503)
    expect(down.headers['retry-after']).toBe('5')
    expect(down.json()).toMatchObject({
      code: 'database_unavailable',
      title: '数据库暂时不可用，请稍后重试',
    })
    expect(down.body).not.toMatch(/ECONN|pg|stack|at /i)
    expect(Date.now() - started).toBeLessThan(3000)
    expect((await app.inject({ method: 'GET', url: '/api/health/ready' })).statusCode).toBe(503)
    expect((await app.inject({ method: 'GET', url: '/api/health' })).statusCode).toBe(200)

    await proxy.restore()
    const back = await app.inject({ method: 'GET', url: '/api/v1/committees', headers: auth })
    expect(back.statusCode).toBe(200)
  })
})
