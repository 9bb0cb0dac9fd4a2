import { describe, expect, it } from 'vitest'
import { seedCommittee, seedUser } from '../../test/factories.ts'
import { signIn } from '../../test/sign-in.ts'
import { useTestApp } from '../../test/test-app.ts'

const t = useTestApp()

const nested = (depth: number) => '['.repeat(depth) + ']'.repeat(depth)

describe('JSON bodies', () => {
  it('refuses JSON nested deeper than any request needs, also on routes that read no body', async () => {
    const admin = await seedUser(t().db.prisma, { role: 'admin' })
    const auth = await signIn(t().app, admin.username)
    const committee = await seedCommittee(t().db.prisma)
    for (const [method, url, headers] of [
      ['DELETE', `/api/v1/committees/${committee.id}`, { 'if-match': '"1"' }],
      ['POST', `/api/v1/users/${admin.id}/unlock`, {}],
      ['POST', '/api/v1/committees', {}],
    ] as const) {
      const response = await t().app.inject({
        method,
        url,
        headers: { ...auth, ...headers, 'content-type': 'application/json' },
        payload: `{"a":${nested(100_000)}}`,
      })
      expect(response.statusCode, url).toBe(400)
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/)
      expect(response.json()).toMatchObject({
        code: 'bad_request',
        errors: [{ path: '', code: 'json_too_deep' }],
      })
    }
    expect(
      (await t().db.prisma.committee.findUniqueOrThrow({ where: { id: committee.id } })).deletedAt,
    ).toBeNull()
  })

  it('still reads ordinary JSON, brackets inside strings included, and refuses prototype keys', async () => {
    const admin = await seedUser(t().db.prisma, { role: 'admin' })
    const auth = await signIn(t().app, admin.username)
    const created = await t().app.inject({
      method: 'POST',
      url: '/api/v1/committees',
      headers: { ...auth, 'content-type': 'application/json' },
      payload: JSON.stringify({ name: `[[[${'['.repeat(100)}居委会`.slice(0, 40), code: 'JSON-1' }),
    })
    expect(created.statusCode, created.body).toBe(201)
    const poisoned = await t().app.inject({
      method: 'POST',
      url: '/api/v1/committees',
      headers: { ...auth, 'content-type': 'application/json' },
      payload: '{"name":"x","code":"JSON-2","__proto__":{"admin":true}}',
    })
    expect(poisoned.statusCode).toBe(400)
    expect(poisoned.json().code).toBe('bad_request')
  })
})
