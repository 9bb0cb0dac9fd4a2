import { describe, expect, it } from 'vitest'
import { seedUser } from '../../test/factories.ts'
import { signIn } from '../../test/sign-in.ts'
import { useTestApp } from '../../test/test-app.ts'

const t = useTestApp({
  loginRateLimitPerMinute: 3,
  anonymousRateLimitPerMinute: 5,
  rateLimitPerMinute: 8,
})

const limitedProblem = { code: 'rate_limited', title: '请求过于频繁，请稍后再试' }

describe('rate limits', () => {
  it('is strict on sign-in per client address and name: 429 with Retry-After', async () => {
    const attempt = (username: string) =>
      t().app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        remoteAddress: '10.0.0.1',
        payload: { username, password: 'x' },
      })
    for (let i = 0; i < 3; i++) expect((await attempt('wang')).statusCode).toBe(401)
    const limited = await attempt('Wang ')
    expect(limited.statusCode).toBe(429)
    expect(limited.json()).toMatchObject(limitedProblem)
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0)
    // A colleague behind the same address signs in as usual.
    expect((await attempt('li')).statusCode).toBe(401)
  })

  it('counts requests refused with 401 per address, whatever credential they invent', async () => {
    const statuses: number[] = []
    for (let i = 0; i < 8; i++) {
      const answer = await t().app.inject({
        method: 'GET',
        url: i % 2 ? '/api/v1/users' : '/%61pi/v1/users',
        remoteAddress: '10.0.0.2',
        headers:
          i % 3 ? { authorization: `Bearer crt_made_up_${i}` } : { cookie: `cr_session=x${i}` },
      })
      statuses.push(answer.statusCode)
      if (answer.statusCode === 429) expect(answer.json()).toMatchObject(limitedProblem)
    }
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429, 429, 429])
    // Another address is not affected.
    const other = await t().app.inject({
      method: 'GET',
      url: '/api/v1/users',
      remoteAddress: '10.0.0.3',
    })
    expect(other.statusCode).toBe(401)
  })

  it('limits a signed-in caller by their account, not by the address they share', async () => {
    const [first, second] = await Promise.all([seedUser(t().db.prisma), seedUser(t().db.prisma)])
    const office = { remoteAddress: '10.0.0.4' }
    const firstAuth = await signIn(t().app, first!.username)
    const secondAuth = await signIn(t().app, second!.username)
    const me = (headers: Record<string, string>) =>
      t().app.inject({ method: 'GET', url: '/api/v1/auth/me', headers, ...office })
    const statuses: number[] = []
    for (let i = 0; i < 9; i++) statuses.push((await me(firstAuth)).statusCode)
    expect(statuses).toEqual([200, 200, 200, 200, 200, 200, 200, 200, 429])
    expect((await me(secondAuth)).statusCode).toBe(200)
  })
})
