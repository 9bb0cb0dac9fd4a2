import { describe, expect, it } from 'vitest'
import { seedCommittee, seedUser } from '../../test/factories.ts'
import { signIn } from '../../test/sign-in.ts'
import { useTestApp } from '../../test/test-app.ts'

const t = useTestApp()

const login = (username: string, password: string, headers: Record<string, string> = {}) =>
  t().app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { username, password },
    headers,
  })

describe('sign-in', () => {
  it('signs in, sets an httpOnly SameSite=Strict cookie and answers who I am', async () => {
    const committee = await seedCommittee(t().db.prisma)
    const user = await seedUser(t().db.prisma, { role: 'clerk', committeeIds: [committee.id] })
    const response = await login(user.username, user.password)
    expect(response.statusCode).toBe(200)
    const cookie = response.cookies.find((c) => c.name === 'cr_session')
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/' })
    expect(response.json()).toMatchObject({
      user: { id: user.id, role: 'clerk' },
      allCommittees: false,
      committees: [{ id: committee.id, name: committee.name }],
      mustChangePassword: false,
    })
    const me = await t().app.inject({
      method: 'GET',
      url: '/api/v1/auth/me',
      headers: { cookie: `cr_session=${cookie!.value}` },
    })
    expect(me.statusCode).toBe(200)
    expect(me.json().user.username).toBe(user.username)
  })

  it('stores only a hash of the session secret', async () => {
    const user = await seedUser(t().db.prisma, { role: 'admin' })
    const { cookie } = await signIn(t().app, user.username)
    const secret = cookie.split('=')[1]!
    const rows = await t().db.pool.query('SELECT token_hash FROM session WHERE user_id = $1', [
      user.id,
    ])
    expect(rows.rows[0].token_hash).not.toContain(secret)
    expect(rows.rows[0].token_hash).toMatch(/^[0-9a-f]{64}$/)
  })

  it('answers a wrong password and an unknown user identically, in the requested language', async () => {
    const user = await seedUser(t().db.prisma)
    const wrong = await login(user.username, 'Wrong#Pass1')
    const unknown = await login('nobody_here', 'Wrong#Pass1')
    expect(wrong.statusCode).toBe(401)
    expect(unknown.statusCode).toBe(401)
    expect(wrong.json()).toMatchObject({ code: 'invalid_credentials', title: '用户名或密码错误' })
    expect({ ...unknown.json(), requestId: '' }).toEqual({ ...wrong.json(), requestId: '' })
    const english = await login(user.username, 'Wrong#Pass1', {
      'accept-language': 'en-US,en;q=0.9',
    })
    expect(english.json().title).toBe('Wrong username or password')
  })

  it('locks the account after five failures: the sixth attempt fails even with the right password', async () => {
    const user = await seedUser(t().db.prisma)
    for (let i = 0; i < 4; i++)
      expect((await login(user.username, `Wrong#Pass${i}`)).statusCode).toBe(401)
    const fifth = await login(user.username, 'Wrong#Pass5')
    expect(fifth.statusCode).toBe(423)
    const sixth = await login(user.username, user.password)
    expect(sixth.statusCode).toBe(423)
    expect(sixth.json().code).toBe('account_locked')
    expect(Number(sixth.headers['retry-after'])).toBeGreaterThan(14 * 60)
    expect(sixth.cookies.find((c) => c.name === 'cr_session')).toBeUndefined()
  })

  it('locks unknown usernames the same way, so a lock reveals nothing', async () => {
    for (let i = 0; i < 4; i++) await login('ghost_user', `Wrong#Pass${i}`)
    expect((await login('ghost_user', 'Wrong#Pass5')).statusCode).toBe(423)
  })

  it('records sign-ins and failures in the audit log without the password', async () => {
    const user = await seedUser(t().db.prisma)
    await login(user.username, 'Wrong#Pass9')
    await login(user.username, user.password)
    const rows = await t().db.prisma.auditEvent.findMany({
      where: {
        entityType: 'session',
        OR: [{ actorId: user.id }, { after: { path: ['username'], equals: user.username } }],
      },
    })
    expect(rows.map((r) => r.action).sort()).toEqual(['login', 'login_failed'])
    expect(JSON.stringify(rows)).not.toContain('Wrong#Pass9')
  })

  it('refuses a disabled or expired account', async () => {
    const disabled = await seedUser(t().db.prisma, { active: false })
    const expired = await seedUser(t().db.prisma, { expiresOn: new Date('2020-01-01T00:00:00Z') })
    expect((await login(disabled.username, disabled.password)).statusCode).toBe(401)
    expect((await login(expired.username, expired.password)).statusCode).toBe(401)
  })
})

describe('sessions', () => {
  it('ends a session after 30 idle minutes', async () => {
    const user = await seedUser(t().db.prisma)
    const { cookie } = await signIn(t().app, user.username)
    await t().db.pool.query(
      `UPDATE session SET last_seen_at = now() - interval '31 minutes' WHERE user_id = $1`,
      [user.id],
    )
    const me = await t().app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { cookie } })
    expect(me.statusCode).toBe(401)
    expect(me.json().code).toBe('session_expired')
  })

  it('ends a session 12 hours after sign-in however active it was', async () => {
    const user = await seedUser(t().db.prisma)
    const { cookie } = await signIn(t().app, user.username)
    await t().db.pool.query(
      `UPDATE session SET expires_at = now() - interval '1 second' WHERE user_id = $1`,
      [user.id],
    )
    expect(
      (await t().app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { cookie } }))
        .statusCode,
    ).toBe(401)
  })

  it('signs out: the cookie stops working', async () => {
    const user = await seedUser(t().db.prisma)
    const { cookie } = await signIn(t().app, user.username)
    const out = await t().app.inject({
      method: 'POST',
      url: '/api/v1/auth/logout',
      headers: { cookie },
    })
    expect(out.statusCode).toBe(204)
    expect(
      (await t().app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { cookie } }))
        .statusCode,
    ).toBe(401)
  })

  it('answers 401 without a session', async () => {
    const response = await t().app.inject({ method: 'GET', url: '/api/v1/committees' })
    expect(response.statusCode).toBe(401)
    expect(response.json()).toMatchObject({ code: 'unauthenticated', title: '请先登录' })
  })
})

describe('changing the password', () => {
  it('keeps a user who must change the password away from everything else until done', async () => {
    const user = await seedUser(t().db.prisma, { role: 'admin', mustChangePassword: true })
    const { cookie } = await signIn(t().app, user.username)
    const blocked = await t().app.inject({
      method: 'GET',
      url: '/api/v1/committees',
      headers: { cookie },
    })
    expect(blocked.statusCode).toBe(403)
    expect(blocked.json().code).toBe('password_change_required')

    const weak = await t().app.inject({
      method: 'POST',
      url: '/api/v1/auth/change-password',
      headers: { cookie },
      payload: { currentPassword: user.password, newPassword: 'abcdefgh' },
    })
    expect(weak.statusCode).toBe(400)
    expect(weak.json().errors).toEqual([
      {
        path: 'newPassword',
        code: 'password_classes',
        message: expect.stringContaining('至少三类'),
      },
    ])

    const changed = await t().app.inject({
      method: 'POST',
      url: '/api/v1/auth/change-password',
      headers: { cookie },
      payload: { currentPassword: user.password, newPassword: 'Shequ-2026#safe' },
    })
    expect(changed.statusCode).toBe(204)
    expect(
      (await t().app.inject({ method: 'GET', url: '/api/v1/committees', headers: { cookie } }))
        .statusCode,
    ).toBe(200)
    await expect(signIn(t().app, user.username, 'Shequ-2026#safe')).resolves.toBeTruthy()
  })

  it('refuses a wrong current password with a field error', async () => {
    const user = await seedUser(t().db.prisma)
    const { cookie } = await signIn(t().app, user.username)
    const response = await t().app.inject({
      method: 'POST',
      url: '/api/v1/auth/change-password',
      headers: { cookie },
      payload: { currentPassword: 'Not-the-one1', newPassword: 'Shequ-2026#safe' },
    })
    expect(response.statusCode).toBe(400)
    expect(response.json().errors[0]).toMatchObject({
      path: 'currentPassword',
      code: 'current_password_wrong',
    })
  })
})
