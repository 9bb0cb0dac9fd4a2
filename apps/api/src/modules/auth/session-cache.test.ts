import { describe, expect, it } from 'vitest'
import { seedUser } from '../../test/factories.ts'
import { signIn } from '../../test/sign-in.ts'
import { useTestApp } from '../../test/test-app.ts'

const t = useTestApp()
const ttlMs = 2_000

/**
 * A session revoked by another API process reaches this one only through the database: this
 * process's remembered lookup must run out within 2 s even while the session keeps asking (a
 * hit used to re-stamp the entry, so a busy session was never looked up again). The other
 * process is played here by an UPDATE straight to the database.
 */
describe('the session cache', () => {
  it('refuses a session revoked elsewhere within 2 s, even one that keeps asking', async () => {
    const user = await seedUser(t().db.prisma, { role: 'clerk' })
    const auth = await signIn(t().app, user.username)
    const me = () => t().app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: auth })
    expect((await me()).statusCode).toBe(200)

    await t().db.prisma.session.updateMany({
      where: { userId: user.id },
      data: { revokedAt: new Date() },
    })
    const revokedAt = performance.now()
    const seen: Array<{ sentMs: number; status: number }> = []
    while (performance.now() < revokedAt + ttlMs + 100) {
      const sentMs = performance.now() - revokedAt
      seen.push({ sentMs, status: (await me()).statusCode })
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
    expect(
      seen.filter((s) => s.status !== 401 && !(s.status === 200 && s.sentMs < ttlMs)),
      JSON.stringify(seen),
    ).toEqual([])
    expect((await me()).statusCode).toBe(401)
  })
})
