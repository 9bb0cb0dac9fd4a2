import { describe, expect, it } from 'vitest'
import { seedCommittee, seedUser } from '../../test/factories.ts'
import { signIn } from '../../test/sign-in.ts'
import { useTestApp } from '../../test/test-app.ts'

const t = useTestApp()

const adminAuth = async () =>
  signIn(t().app, (await seedUser(t().db.prisma, { role: 'admin' })).username)

describe('users', () => {
  it('creates a clerk who must change the initial password, without ever returning the hash', async () => {
    const auth = await adminAuth()
    const committee = await seedCommittee(t().db.prisma)
    const response = await t().app.inject({
      method: 'POST',
      url: '/api/v1/users',
      headers: auth,
      payload: {
        username: 'Li.Ming',
        password: 'Chushi#2026a',
        displayName: '李明',
        role: 'clerk',
        committeeIds: [committee.id],
      },
    })
    expect(response.statusCode).toBe(201)
    expect(response.json()).toMatchObject({
      username: 'li.ming',
      role: 'clerk',
      mustChangePassword: true,
      committees: [{ id: committee.id, name: committee.name }],
    })
    expect(response.body).not.toMatch(/argon2|passwordHash|Chushi/)
    const audit = await t().db.prisma.auditEvent.findFirstOrThrow({
      where: { entityType: 'user', entityId: response.json().id },
    })
    expect(JSON.stringify(audit)).not.toMatch(/argon2|Chushi/)
    const me = await signIn(t().app, 'li.ming', 'Chushi#2026a')
    const blocked = await t().app.inject({ method: 'GET', url: '/api/v1/committees', headers: me })
    expect(blocked.json().code).toBe('password_change_required')
  })

  it('checks the password policy, the username format and that a clerk has committees', async () => {
    const auth = await adminAuth()
    const response = await t().app.inject({
      method: 'POST',
      url: '/api/v1/users',
      headers: auth,
      payload: {
        username: 'a b',
        password: 'Chushi#2026a',
        displayName: '张三',
        role: 'clerk',
        committeeIds: [],
      },
    })
    expect(response.statusCode).toBe(400)
    const paths = response
      .json()
      .errors.map((e: { path: string; code: string }) => `${e.path}:${e.code}`)
    expect(paths.sort()).toEqual(['committeeIds:committees_required', 'username:username_format'])
    const weak = await t().app.inject({
      method: 'POST',
      url: '/api/v1/users',
      headers: auth,
      payload: {
        username: 'wangwu',
        password: 'Admin@123',
        displayName: '王五',
        role: 'supervisor',
      },
    })
    expect(weak.json().errors).toEqual([
      { path: 'password', code: 'password_common', message: expect.any(String) },
    ])
  })

  it('refuses a duplicate username and an unknown committee', async () => {
    const auth = await adminAuth()
    const existing = await seedUser(t().db.prisma)
    const duplicate = await t().app.inject({
      method: 'POST',
      url: '/api/v1/users',
      headers: auth,
      payload: {
        username: existing.username.toUpperCase(),
        password: 'Chushi#2026a',
        displayName: '重名',
        role: 'viewer',
        committeeIds: [(await seedCommittee(t().db.prisma)).id],
      },
    })
    expect(duplicate.statusCode).toBe(409)
    expect(duplicate.json().errors[0].code).toBe('username_taken')
    const unknown = await t().app.inject({
      method: 'POST',
      url: '/api/v1/users',
      headers: auth,
      payload: {
        username: 'nobody2',
        password: 'Chushi#2026a',
        displayName: '无名',
        role: 'viewer',
        committeeIds: ['01900000-0000-7000-8000-000000000000'],
      },
    })
    expect(unknown.statusCode).toBe(400)
    expect(unknown.json().errors).toEqual([
      { path: 'committeeIds.0', code: 'committee_unknown', message: '居委会不存在' },
    ])
  })

  it('ends the sessions of a user who is disabled', async () => {
    const auth = await adminAuth()
    const user = await seedUser(t().db.prisma, { role: 'supervisor' })
    const theirs = await signIn(t().app, user.username)
    const patched = await t().app.inject({
      method: 'PATCH',
      url: `/api/v1/users/${user.id}`,
      headers: { ...auth, 'if-match': '"1"' },
      payload: { active: false },
    })
    expect(patched.statusCode).toBe(200)
    expect(
      (await t().app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: theirs })).statusCode,
    ).toBe(401)
  })

  it('applies new committees to the very next request of the clerk (sessions are cached briefly)', async () => {
    const auth = await adminAuth()
    const [first, second] = [await seedCommittee(t().db.prisma), await seedCommittee(t().db.prisma)]
    const clerk = await seedUser(t().db.prisma, { role: 'clerk', committeeIds: [first.id] })
    const clerkAuth = await signIn(t().app, clerk.username)
    const visible = async () =>
      (await t().app.inject({ method: 'GET', url: '/api/v1/committees', headers: clerkAuth }))
        .json()
        .items.map((c: { id: string }) => c.id)
    expect(await visible()).toEqual([first.id])
    const user = await t().db.prisma.user.findUniqueOrThrow({ where: { id: clerk.id } })
    const changed = await t().app.inject({
      method: 'PATCH',
      url: `/api/v1/users/${clerk.id}`,
      headers: { ...auth, 'if-match': `"${user.version}"` },
      payload: { committeeIds: [second.id] },
    })
    expect(changed.statusCode, changed.body).toBe(200)
    expect(await visible()).toEqual([second.id])
  })

  it('changes only what a PATCH names: committees, activity and party scope stay', async () => {
    const auth = await adminAuth()
    const committee = await seedCommittee(t().db.prisma)
    const clerk = await seedUser(t().db.prisma, { role: 'clerk', committeeIds: [committee.id] })
    const user = await t().db.prisma.user.findUniqueOrThrow({ where: { id: clerk.id } })
    const renamed = await t().app.inject({
      method: 'PATCH',
      url: `/api/v1/users/${clerk.id}`,
      headers: { ...auth, 'if-match': `"${user.version}"` },
      payload: { displayName: '改名后' },
    })
    expect(renamed.statusCode, renamed.body).toBe(200)
    expect(renamed.json()).toMatchObject({
      displayName: '改名后',
      committees: [{ id: committee.id }],
      partyOrganization: null,
    })
  })

  it('resets a password and lifts a lock', async () => {
    const auth = await adminAuth()
    const user = await seedUser(t().db.prisma)
    for (let i = 0; i < 5; i++) {
      await t().app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { username: user.username, password: 'Bad#pass1x' },
      })
    }
    const locked = (
      await t().app.inject({ method: 'GET', url: `/api/v1/users/${user.id}`, headers: auth })
    ).json()
    expect(locked.lockedUntil).not.toBeNull()
    const unlocked = await t().app.inject({
      method: 'POST',
      url: `/api/v1/users/${user.id}/unlock`,
      headers: auth,
    })
    expect(unlocked.json().lockedUntil).toBeNull()
    await expect(signIn(t().app, user.username)).resolves.toBeTruthy()
    const reset = await t().app.inject({
      method: 'POST',
      url: `/api/v1/users/${user.id}/reset-password`,
      headers: auth,
      payload: { password: 'Linshi#2026b' },
    })
    expect(reset.json().mustChangePassword).toBe(true)
    await expect(signIn(t().app, user.username, 'Linshi#2026b')).resolves.toBeTruthy()
  })

  it('keeps users away from clerks and supervisors’ writes', async () => {
    const committee = await seedCommittee(t().db.prisma)
    const clerk = await seedUser(t().db.prisma, { committeeIds: [committee.id] })
    const clerkAuth = await signIn(t().app, clerk.username)
    expect(
      (await t().app.inject({ method: 'GET', url: '/api/v1/users', headers: clerkAuth }))
        .statusCode,
    ).toBe(403)
    const supervisor = await seedUser(t().db.prisma, { role: 'supervisor' })
    const supAuth = await signIn(t().app, supervisor.username)
    expect(
      (await t().app.inject({ method: 'GET', url: '/api/v1/users', headers: supAuth })).statusCode,
    ).toBe(200)
    const write = await t().app.inject({
      method: 'POST',
      url: `/api/v1/users/${clerk.id}/unlock`,
      headers: supAuth,
    })
    expect(write.statusCode).toBe(403)
  })

  it('does not let an administrator disable themselves', async () => {
    const admin = await seedUser(t().db.prisma, { role: 'admin' })
    const auth = await signIn(t().app, admin.username)
    const response = await t().app.inject({
      method: 'PATCH',
      url: `/api/v1/users/${admin.id}`,
      headers: { ...auth, 'if-match': '"1"' },
      payload: { active: false },
    })
    expect(response.statusCode).toBe(403)
  })

  it('pages by last sign-in both ways, the users who never signed in included', async () => {
    const auth = await adminAuth()
    const committee = await seedCommittee(t().db.prisma)
    const [first, second, never] = await Promise.all(
      [1, 2, 3].map(() => seedUser(t().db.prisma, { committeeIds: [committee.id] })),
    )
    await signIn(t().app, first!.username)
    await signIn(t().app, second!.username)
    const walk = async (sort: string) => {
      const ids: string[] = []
      let cursor: string | null = null
      do {
        const response = await t().app.inject({
          method: 'GET',
          url: `/api/v1/users?committeeId=${committee.id}&limit=1&sort=${sort}${cursor ? `&cursor=${cursor}` : ''}`,
          headers: auth,
        })
        expect(response.statusCode, response.body).toBe(200)
        const page: { items: { id: string }[]; nextCursor: string | null } = response.json()
        ids.push(...page.items.map((u) => u.id))
        cursor = page.nextCursor
      } while (cursor && ids.length < 10)
      return ids
    }
    // PostgreSQL's order: nulls last ascending, first descending.
    expect(await walk('lastLoginAt')).toEqual([first!.id, second!.id, never!.id])
    expect(await walk('-lastLoginAt')).toEqual([never!.id, second!.id, first!.id])
  })
})
