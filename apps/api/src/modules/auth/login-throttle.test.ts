import { describe, expect, it } from 'vitest'
import { seedUser } from '../../test/factories.ts'
import { useTestApp } from '../../test/test-app.ts'

const t = useTestApp()

const login = (username: string, password: string, from: string) =>
  t().app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { username, password },
    remoteAddress: from,
  })

/** Tries `count` wrong passwords from each address in turn. */
const hammer = async (username: string, addresses: string[], count: number) => {
  const statuses: number[] = []
  for (const address of addresses)
    for (let i = 0; i < count; i++)
      statuses.push((await login(username, `Wrong#Pass${i}`, address)).statusCode)
  return statuses
}

// ASVS 5.0 6.3.1: brute force is slowed without handing anyone a switch that locks others out.
describe('brute-force protection without a lock-out switch', () => {
  it('locks a name only for the address the failures came from: the owner signs in from elsewhere', async () => {
    const admin = await seedUser(t().db.prisma, { role: 'admin' })
    expect(await hammer(admin.username, ['10.1.0.66'], 6)).toEqual([401, 401, 401, 401, 423, 423])
    // Even the right password is refused from the attacking address…
    expect((await login(admin.username, admin.password, '10.1.0.66')).statusCode).toBe(423)
    // …but not from the administrator's own desk.
    expect((await login(admin.username, admin.password, '10.1.0.10')).statusCode).toBe(200)
  })

  it('locks a name for every new address after many failures from many, but not where its owner signs in', async () => {
    const clerk = await seedUser(t().db.prisma)
    // The clerk signed in from their desk before the attack.
    expect((await login(clerk.username, clerk.password, '10.2.0.10')).statusCode).toBe(200)
    const botnet = Array.from({ length: 8 }, (_, i) => `10.2.1.${i + 1}`)
    const statuses = await hammer(clerk.username, botnet, 3)
    // No address reached its own five; the name's twentieth failure locks it everywhere new.
    expect(statuses.slice(0, 19).every((s) => s === 401)).toBe(true)
    expect(statuses.slice(19).every((s) => s === 423)).toBe(true)
    expect((await login(clerk.username, clerk.password, '10.2.2.1')).statusCode).toBe(423)
    expect((await login(clerk.username, clerk.password, '10.2.0.10')).statusCode).toBe(200)
  })

  it('treats a name that does not exist exactly like one that does', async () => {
    const real = await seedUser(t().db.prisma)
    const ghost = `ghost_${Date.now()}`
    expect(await hammer(ghost, ['10.3.0.66'], 6)).toEqual(
      await hammer(real.username, ['10.3.0.67'], 6),
    )
    const many = Array.from({ length: 7 }, (_, i) => `10.3.1.${i + 1}`)
    expect(await hammer(ghost, many, 3)).toEqual(
      await hammer(
        real.username,
        many.map((a) => `${a}0`),
        3,
      ),
    )
  })

  it('lets an administrator lift every lock on a name at once', async () => {
    const clerk = await seedUser(t().db.prisma)
    await hammer(clerk.username, ['10.4.0.66'], 5)
    const admin = await seedUser(t().db.prisma, { role: 'admin' })
    const signedIn = await login(admin.username, admin.password, '10.4.0.1')
    const cookie = signedIn.cookies.find((c) => c.name === 'cr_session')!
    const listed = await t().app.inject({
      method: 'GET',
      url: `/api/v1/users/${clerk.id}`,
      headers: { cookie: `cr_session=${cookie.value}` },
    })
    expect(listed.json().lockedUntil).not.toBeNull()
    const unlocked = await t().app.inject({
      method: 'POST',
      url: `/api/v1/users/${clerk.id}/unlock`,
      headers: { cookie: `cr_session=${cookie.value}` },
    })
    expect(unlocked.json().lockedUntil).toBeNull()
    expect((await login(clerk.username, clerk.password, '10.4.0.66')).statusCode).toBe(200)
  })
})
