import { describe, expect, it } from 'vitest'
import { seedUser } from '../test/factories.ts'
import { signIn } from '../test/sign-in.ts'
import { useTestApp } from '../test/test-app.ts'

const t = useTestApp()

const admin = async () =>
  signIn(t().app, (await seedUser(t().db.prisma, { role: 'admin' })).username)

describe('text that cannot be stored (every route, body, query and path)', () => {
  it('refuses NUL in the unauthenticated sign-in with a field error, in English when asked', async () => {
    const response = await t().app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { 'accept-language': 'en' },
      payload: { username: 'admin\u0000', password: 'x\ud800' },
    })
    expect(response.statusCode).toBe(400)
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/)
    expect(response.json()).toMatchObject({
      code: 'validation_failed',
      errors: [
        {
          path: 'username',
          code: 'text_invalid_characters',
          message: expect.stringMatching(/NUL/),
        },
        { path: 'password', code: 'text_invalid_characters' },
      ],
    })
  })

  it('refuses NUL in a query parameter and a lone surrogate in a body field; writes nothing', async () => {
    const auth = await admin()
    const search = await t().app.inject({
      method: 'GET',
      url: '/api/v1/committees?q=a%00b',
      headers: auth,
    })
    expect(search.statusCode).toBe(400)
    expect(search.json().errors).toEqual([
      { path: 'query.q', code: 'text_invalid_characters', message: expect.any(String) },
    ])
    const before = await t().db.prisma.committee.count()
    const created = await t().app.inject({
      method: 'POST',
      url: '/api/v1/committees',
      headers: auth,
      payload: { name: '东城\ud800', code: 'SUR-1' },
    })
    expect(created.statusCode).toBe(400)
    expect(created.json().errors).toEqual([
      { path: 'name', code: 'text_invalid_characters', message: expect.stringMatching(/字符/) },
    ])
    expect(await t().db.prisma.committee.count()).toBe(before)
  })

  it('names the object whose key is bad, and keeps surrogate pairs (𠮷) as text', async () => {
    const auth = await admin()
    const badKey = await t().app.inject({
      method: 'POST',
      url: '/api/v1/import-mappings',
      headers: auth,
      payload: { type: 'residents', name: '映射', mapping: { 'A\u0000': 'name' } },
    })
    expect(badKey.statusCode).toBe(400)
    expect(badKey.json().errors).toEqual([
      expect.objectContaining({ path: 'mapping', code: 'text_invalid_characters' }),
    ])
    const pair = await t().app.inject({
      method: 'POST',
      url: '/api/v1/committees',
      headers: auth,
      payload: { name: '𠮷祥居委会', code: 'PAIR-1' },
    })
    expect(pair.statusCode).toBe(201)
    expect(pair.json().name).toBe('𠮷祥居委会')
  })
})
