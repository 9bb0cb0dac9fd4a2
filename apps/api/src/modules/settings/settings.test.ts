import { describe, expect, it } from 'vitest'
import { seedUser } from '../../test/factories.ts'
import { signIn } from '../../test/sign-in.ts'
import { useTestApp } from '../../test/test-app.ts'

const t = useTestApp()

describe('settings', () => {
  it('defaults to the 等保 password policy and switches to ASVS, which drops the composition rule', async () => {
    const admin = await seedUser(t().db.prisma, { role: 'admin' })
    const auth = await signIn(t().app, admin.username)
    const read = await t().app.inject({ method: 'GET', url: '/api/v1/settings', headers: auth })
    expect(read.json()).toEqual({ passwordPolicy: 'dengbao', version: 1 })

    const user = await seedUser(t().db.prisma)
    const userAuth = await signIn(t().app, user.username)
    const change = () =>
      t().app.inject({
        method: 'POST',
        url: '/api/v1/auth/change-password',
        headers: userAuth,
        payload: { currentPassword: user.password, newPassword: 'lanhua0713' },
      })
    expect((await change()).json().errors[0].code).toBe('password_classes')

    const patched = await t().app.inject({
      method: 'PATCH',
      url: '/api/v1/settings',
      headers: { ...auth, 'if-match': read.headers.etag as string },
      payload: { passwordPolicy: 'asvs' },
    })
    expect(patched.json()).toEqual({ passwordPolicy: 'asvs', version: 2 })
    expect((await change()).statusCode).toBe(204)

    const stale = await t().app.inject({
      method: 'PATCH',
      url: '/api/v1/settings',
      headers: { ...auth, 'if-match': '"1"' },
      payload: { passwordPolicy: 'dengbao' },
    })
    expect(stale.statusCode).toBe(412)
  })

  it('is for administrators only', async () => {
    const supervisor = await seedUser(t().db.prisma, { role: 'supervisor' })
    const auth = await signIn(t().app, supervisor.username)
    expect(
      (await t().app.inject({ method: 'GET', url: '/api/v1/settings', headers: auth })).statusCode,
    ).toBe(403)
  })
})
