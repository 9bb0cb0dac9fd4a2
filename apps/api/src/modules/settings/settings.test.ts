import { describe, expect, it } from 'vitest'
import { seedUser } from '../../test/factories.ts'
import { signIn } from '../../test/sign-in.ts'
import { useTestApp } from '../../test/test-app.ts'

const t = useTestApp()

/** 临时救助's limit and deadline, and 民主评议's pass rule, as they are until changed. */
const subsidyDefaults = {
  officeName: '',
  assistanceLimitMonths: 6,
  assistanceUrgentWorkingDays: 5,
  subsidyDeliberationRule: {
    present: { numerator: 2, denominator: 3 },
    agree: { numerator: 2, denominator: 3 },
  },
}

/** An administrator's PATCH of the settings, against the version read now. */
const adminPatch = async () => {
  const admin = await seedUser(t().db.prisma, { role: 'admin' })
  const auth = await signIn(t().app, admin.username)
  const read = await t().app.inject({ method: 'GET', url: '/api/v1/settings', headers: auth })
  return (payload: object) =>
    t().app.inject({
      method: 'PATCH',
      url: '/api/v1/settings',
      headers: { ...auth, 'if-match': read.headers.etag as string },
      payload,
    })
}

describe('settings', () => {
  it('defaults to the 等保 password policy and switches to ASVS, which drops the composition rule', async () => {
    const admin = await seedUser(t().db.prisma, { role: 'admin' })
    const auth = await signIn(t().app, admin.username)
    const read = await t().app.inject({ method: 'GET', url: '/api/v1/settings', headers: auth })
    expect(read.json()).toEqual({
      passwordPolicy: 'dengbao',
      importFileRetentionDays: 30,
      rentalContractNumberPattern: 'XXSQ-{YYYY}-{NNNN}',
      ...subsidyDefaults,
      version: 1,
    })

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
    expect(patched.json()).toEqual({
      passwordPolicy: 'asvs',
      importFileRetentionDays: 30,
      rentalContractNumberPattern: 'XXSQ-{YYYY}-{NNNN}',
      ...subsidyDefaults,
      version: 2,
    })
    expect((await change()).statusCode).toBe(204)

    const stale = await t().app.inject({
      method: 'PATCH',
      url: '/api/v1/settings',
      headers: { ...auth, 'if-match': '"1"' },
      payload: { passwordPolicy: 'dengbao' },
    })
    expect(stale.statusCode).toBe(412)
  })

  it('takes exactly one of 20 concurrent changes based on the same version; the rest get 412', async () => {
    const admin = await seedUser(t().db.prisma, { role: 'admin' })
    const auth = await signIn(t().app, admin.username)
    for (const fresh of [true, false]) {
      // Once on a database where no setting was ever saved, once where one was.
      if (fresh) await t().db.prisma.setting.deleteMany()
      await raceOnce(auth, admin.id)
    }
  })

  const raceOnce = async (auth: Record<string, string>, adminId: string) => {
    const read = await t().app.inject({ method: 'GET', url: '/api/v1/settings', headers: auth })
    const etag = read.headers.etag as string
    const auditsBefore = await t().db.prisma.auditEvent.count({
      where: { entityType: 'settings', actorId: adminId },
    })
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        t().app.inject({
          method: 'PATCH',
          url: '/api/v1/settings',
          headers: { ...auth, 'if-match': etag },
          payload: { passwordPolicy: i % 2 ? 'asvs' : 'dengbao' },
        }),
      ),
    )
    const statuses = answers.map((a) => a.statusCode).sort()
    expect(statuses).toEqual([200, ...Array<number>(19).fill(412)])
    const after = await t().app.inject({ method: 'GET', url: '/api/v1/settings', headers: auth })
    expect(after.json().version).toBe(read.json().version + 1)
    const audits = await t().db.prisma.auditEvent.count({
      where: { entityType: 'settings', actorId: adminId },
    })
    expect(audits).toBe(auditsBefore + 1)
  }

  it('refuses a weak ETag in If-Match (RFC 9110: If-Match compares strongly)', async () => {
    const admin = await seedUser(t().db.prisma, { role: 'admin' })
    const auth = await signIn(t().app, admin.username)
    const read = await t().app.inject({ method: 'GET', url: '/api/v1/settings', headers: auth })
    const weak = await t().app.inject({
      method: 'PATCH',
      url: '/api/v1/settings',
      headers: { ...auth, 'if-match': `W/${read.headers.etag as string}` },
      payload: { passwordPolicy: read.json().passwordPolicy },
    })
    expect(weak.statusCode).toBe(412)
  })

  it('keeps uploaded ledgers 30 days unless changed, 1 to 365 days, one version for all', async () => {
    const admin = await seedUser(t().db.prisma, { role: 'admin' })
    const auth = await signIn(t().app, admin.username)
    const read = await t().app.inject({ method: 'GET', url: '/api/v1/settings', headers: auth })
    const patch = (payload: object, etag: string) =>
      t().app.inject({
        method: 'PATCH',
        url: '/api/v1/settings',
        headers: { ...auth, 'if-match': etag },
        payload,
      })
    for (const days of [0, 366, 7.5]) {
      const refused = await patch({ importFileRetentionDays: days }, read.headers.etag as string)
      expect(refused.statusCode).toBe(400)
      expect(refused.json().errors).toEqual([
        {
          path: 'importFileRetentionDays',
          code: 'import_file_retention_days',
          message: '保留天数须为 1 至 365 之间的整数',
        },
      ])
    }
    const changed = await patch({ importFileRetentionDays: 7 }, read.headers.etag as string)
    expect(changed.statusCode, changed.body).toBe(200)
    const { version, ...rest } = changed.json()
    expect(rest).toEqual({ ...read.json(), version: undefined, importFileRetentionDays: 7 })
    expect(version).toBe(read.json().version + 1)
    // The password policy's ETag from before is stale now: one version covers every setting.
    expect((await patch({ passwordPolicy: 'asvs' }, read.headers.etag as string)).statusCode).toBe(
      412,
    )
    const audit = await t().db.prisma.auditEvent.findFirstOrThrow({
      where: { entityType: 'settings', entityId: 'importFileRetentionDays' },
    })
    expect(audit.before).toMatchObject({ importFileRetentionDays: 30 })
    expect(audit.after).toMatchObject({ importFileRetentionDays: 7 })
  })

  it('is for administrators only', async () => {
    const supervisor = await seedUser(t().db.prisma, { role: 'supervisor' })
    const auth = await signIn(t().app, supervisor.username)
    expect(
      (await t().app.inject({ method: 'GET', url: '/api/v1/settings', headers: auth })).statusCode,
    ).toBe(403)
  })

  it('keeps 临时救助’s limit in months (1 to 24) and the urgent deadline in working days', async () => {
    const patch = await adminPatch()
    const wrong = await patch({
      assistanceLimitMonths: 25,
      subsidyDeliberationRule: {
        present: { numerator: 4, denominator: 3 },
        agree: { numerator: 1, denominator: 2 },
      },
    })
    expect(wrong.statusCode).toBe(400)
    expect(
      wrong
        .json()
        .errors.map((e: { path: string }) => e.path)
        .sort(),
    ).toEqual(['assistanceLimitMonths', 'subsidyDeliberationRule.present.numerator'])
    const changed = await patch({ assistanceLimitMonths: 10, assistanceUrgentWorkingDays: 3 })
    expect(changed.statusCode, changed.body).toBe(200)
    expect(changed.json()).toMatchObject({
      assistanceLimitMonths: 10,
      assistanceUrgentWorkingDays: 3,
    })
  })

  it('keeps the office’s name for the printed forms, trimmed, at most 60 characters, and tells every user', async () => {
    const patch = await adminPatch()
    const long = await patch({ officeName: '社'.repeat(61) })
    expect(long.statusCode).toBe(400)
    expect(long.json().errors).toEqual([
      expect.objectContaining({ path: 'officeName', message: '单位名称不能超过 60 个字' }),
    ])
    const named = await patch({ officeName: '  福安社区管委会 ' })
    expect(named.statusCode, named.body).toBe(200)
    expect(named.json().officeName).toBe('福安社区管委会')
    const clerk = await seedUser(t().db.prisma, { role: 'clerk' })
    const clerkAuth = await signIn(t().app, clerk.username)
    const me = await t().app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: clerkAuth })
    expect(me.json().officeName).toBe('福安社区管委会')
  })
})
