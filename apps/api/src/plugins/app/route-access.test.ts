import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { rolePermissions } from '@cr/shared/auth/roles'
import { seedCommittee, seedUser } from '../../test/factories.ts'
import { fillPath, isWrite, pathVariants, walkedRoutes } from '../../test/route-walk/routes.ts'
import { signIn } from '../../test/sign-in.ts'
import { useTestApp } from '../../test/test-app.ts'
import { testConfig } from '../../test/test-config.ts'
import { buildApp } from '../../app.ts'

// A walk over the route table: every route is checked here by itself, so a route added by a
// later module is covered the moment it is registered.
const t = useTestApp()

type TMethod = 'GET' | 'HEAD' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'
const send = (method: string, url: string, headers: Record<string, string> = {}) =>
  t().app.inject({ method: method as TMethod, url, headers })

/**
 * Writes a viewer may make: their own session and password, and reads sent as a body — a search
 * by full ID number, and a selection of up to 500 ids (导出所选, 打印所选) — which change nothing.
 */
const viewerWrites = new Set([
  'POST /api/v1/auth/logout',
  'POST /api/v1/auth/change-password',
  'POST /api/v1/residents/search',
  'POST /api/v1/residents/export',
  'POST /api/v1/residents/selection',
  'POST /api/v1/party-members/export',
  'POST /api/v1/party-members/selection',
])

describe('the route table walk: authentication and permission hang on every route', () => {
  it('refuses every non-public route without credentials, however its path is written', async () => {
    const guarded = walkedRoutes(t().app).filter((r) => r.permission !== 'public')
    expect(guarded.length).toBeGreaterThan(100)
    const wrong: string[] = []
    for (const route of guarded) {
      const path = fillPath(route.url)
      const plain = await send(route.method, path)
      if (plain.statusCode !== 401) wrong.push(`${route.method} ${path} → ${plain.statusCode}`)
      for (const [name, variant] of Object.entries(pathVariants(path))) {
        const answer = await send(route.method, variant)
        const status = answer.statusCode
        const code = status === 404 && route.method !== 'HEAD' ? answer.json().code : undefined
        // 401: the router matched the route, whose own guard refused; 404: it matched nothing.
        const fine =
          status === 401 || (status === 404 && (code ?? 'route_not_found') === 'route_not_found')
        if (!fine) wrong.push(`${route.method} ${variant} (${name}) → ${status}`)
      }
    }
    expect(wrong).toEqual([])
  })

  it('refuses a viewer every route their role does not grant (every write but their own), however written', async () => {
    const committee = await seedCommittee(t().db.prisma)
    const viewer = await seedUser(t().db.prisma, { role: 'viewer', committeeIds: [committee.id] })
    const auth = await signIn(t().app, viewer.username)
    const granted = new Set<string>([...rolePermissions.viewer, 'authenticated'])
    const wrong: string[] = []
    for (const route of walkedRoutes(t().app)) {
      if (route.permission === 'public') continue
      const key = `${route.method} ${route.url.replace(/\/$/, '')}`
      if (granted.has(route.permission!)) {
        // A write the viewer's role allows must be one of the known few: a new one is a decision.
        if (isWrite(route) && !viewerWrites.has(key)) wrong.push(`${key}: a write viewers may make`)
        continue
      }
      const path = fillPath(route.url)
      const { encodedPrefix, capitals } = pathVariants(path)
      for (const url of [path, encodedPrefix, capitals]) {
        const answer = await send(route.method, url, auth)
        if (![403, 404].includes(answer.statusCode) || (url === path && answer.statusCode !== 403))
          wrong.push(`${route.method} ${url} → ${answer.statusCode}`)
      }
    }
    expect(wrong).toEqual([])
  })

  it('serves the web app’s files to anyone, and an API path that matches no route a 404 problem, never the web app', async () => {
    const webDist = await mkdtemp(path.join(tmpdir(), 'cr-web-'))
    await writeFile(path.join(webDist, 'index.html'), '<!doctype html><title>社区事务台账</title>')
    const app = await buildApp({
      config: testConfig({ webDist, anonymousRateLimitPerMinute: 2 }),
      db: t().db,
      logger: false,
    })
    try {
      expect((await app.inject({ url: '/residents' })).body).toContain('社区事务台账')
      // The web app's own files are public and do not use up the anonymous rate limit.
      for (let i = 0; i < 4; i++)
        expect((await app.inject({ url: '/index.html' })).statusCode).toBe(200)
      for (const url of ['/%61pi/v1/nothing', '/API/V1/USERS', '//api/v1/nothing', '/api']) {
        const answer = await app.inject({ url })
        expect(answer.statusCode, url).toBe(404)
        expect(answer.json().code, url).toBe('route_not_found')
      }
    } finally {
      await app.close()
      await rm(webDist, { recursive: true })
    }
  })
})
