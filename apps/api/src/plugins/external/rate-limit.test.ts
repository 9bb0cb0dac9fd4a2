import { describe, expect, it } from 'vitest'
import { useTestApp } from '../../test/test-app.ts'

const t = useTestApp({ loginRateLimitPerMinute: 3 })

describe('rate limits', () => {
  it('is strict on sign-in per client address: 429 with Retry-After', async () => {
    const attempt = () =>
      t().app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { username: `u${Math.random()}`, password: 'x' },
      })
    for (let i = 0; i < 3; i++) expect((await attempt()).statusCode).toBe(401)
    const limited = await attempt()
    expect(limited.statusCode).toBe(429)
    expect(limited.json()).toMatchObject({
      code: 'rate_limited',
      title: '请求过于频繁，请稍后再试',
    })
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0)
  })
})
