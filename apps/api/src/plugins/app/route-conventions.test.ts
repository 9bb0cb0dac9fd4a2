import { describe, expect, it } from 'vitest'
import { permissions } from '@cr/shared/auth/roles'
import { useTestApp } from '../../test/test-app.ts'

const t = useTestApp()

type TOperation = {
  operationId?: string
  tags?: string[]
  summary?: string
  requestBody?: unknown
  parameters?: unknown[]
  responses: Record<string, unknown>
}

describe('route conventions', () => {
  it('every /api route declares a known permission (or public / authenticated)', () => {
    const allowed = new Set<string>([...permissions, 'public', 'authenticated'])
    const routes = t().app.routeTable.filter((r) => r.method !== 'HEAD')
    expect(routes.length).toBeGreaterThan(20)
    const undeclared = routes.filter((r) => !r.permission || !allowed.has(r.permission))
    expect(undeclared).toEqual([])
  })

  it('public routes are only sign-in, health and the API documentation', () => {
    const open = t()
      .app.routeTable.filter((r) => r.permission === 'public' && r.method !== 'HEAD')
      .map((r) => r.url)
      .filter((url) => !url.startsWith('/api/docs'))
    expect(open.sort()).toEqual([
      '/api/health',
      '/api/health/ready',
      '/api/openapi.json',
      '/api/v1/auth/login',
    ])
  })

  it('documents every route in OpenAPI 3.1 with operationId, tag, summary, and success and error schemas', async () => {
    const response = await t().app.inject({ method: 'GET', url: '/api/openapi.json' })
    expect(response.statusCode).toBe(200)
    const document = response.json() as {
      openapi: string
      paths: Record<string, Record<string, TOperation>>
    }
    expect(document.openapi).toBe('3.1.0')

    const documented = new Set<string>()
    for (const [path, operations] of Object.entries(document.paths)) {
      for (const [method, operation] of Object.entries(operations)) {
        documented.add(`${method.toUpperCase()} ${path}`)
        expect(operation.operationId, `${method} ${path}`).toBeTruthy()
        expect(operation.tags?.length, `${method} ${path}`).toBeGreaterThan(0)
        expect(operation.summary, `${method} ${path}`).toBeTruthy()
        const codes = Object.keys(operation.responses)
        expect(
          codes.some((c) => /^2\d\d$/.test(c)),
          `${method} ${path} success`,
        ).toBe(true)
        expect(codes, `${method} ${path} errors`).toEqual(expect.arrayContaining(['4XX', '5XX']))
        const problem = JSON.stringify(operation.responses['4XX'])
        expect(problem).toContain('application/problem+json')
      }
    }
    const expected = t()
      .app.routeTable.filter(
        (r) =>
          r.method !== 'HEAD' && !r.url.startsWith('/api/docs') && r.url !== '/api/openapi.json',
      )
      .map((r) => `${r.method} ${r.url.replace(/:(\w+)/g, '{$1}').replace(/\/$/, '')}`)
    for (const route of expected) expect(documented, route).toContain(route)
    const operationIds = Object.values(document.paths).flatMap((ops) =>
      Object.values(ops).map((o) => o.operationId),
    )
    expect(new Set(operationIds).size).toBe(operationIds.length)
  })

  it('serves Swagger UI at /api/docs', async () => {
    const response = await t().app.inject({ method: 'GET', url: '/api/docs/' })
    expect(response.statusCode).toBe(200)
    expect(response.body).toContain('swagger')
  })

  it('refuses bodies over 1 MiB with 413 problem+json', async () => {
    const response = await t().app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ username: 'x'.repeat(1_100_000), password: 'y' }),
    })
    expect(response.statusCode).toBe(413)
    expect(response.json().code).toBe('payload_too_large')
  })

  it('answers malformed JSON with 400 and no parser internals', async () => {
    const response = await t().app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: '{"username": ',
    })
    expect(response.statusCode).toBe(400)
    expect(response.json()).toMatchObject({ code: 'bad_request', title: '请求格式错误' })
    expect(response.body).not.toMatch(/JSON|position|Unexpected/)
  })
})
