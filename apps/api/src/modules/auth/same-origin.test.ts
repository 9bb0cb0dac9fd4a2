import { describe, expect, it } from 'vitest'
import { addDays } from '@cr/shared/party/calendar'
import { seedCommittee, seedUser } from '../../test/factories.ts'
import { uploadLedger } from '../../test/imports.ts'
import { signIn } from '../../test/sign-in.ts'
import { useTestApp } from '../../test/test-app.ts'
import { testToday } from '../../test/test-clock.ts'

const t = useTestApp()

const nextYear = () => addDays(testToday, 200)

/** An administrator's session and a token of theirs to revoke (a body-less action). */
const setup = async () => {
  const admin = await seedUser(t().db.prisma, { role: 'admin' })
  const auth = await signIn(t().app, admin.username)
  const token = await t().app.inject({
    method: 'POST',
    url: '/api/v1/api-tokens',
    headers: auth,
    payload: { name: '接口', role: 'supervisor', expiresOn: nextYear() },
  })
  expect(token.statusCode).toBe(201)
  return { auth, token: token.json() as { id: string; token: string } }
}

const revoke = (id: string, headers: Record<string, string>) =>
  t().app.inject({ method: 'POST', url: `/api/v1/api-tokens/${id}/revoke`, headers })

describe('cookie-authenticated writes come from our own pages (CSRF)', () => {
  it('refuses a body-less action posted by a page of a sibling site or another origin', async () => {
    const { auth, token } = await setup()
    const origins: Array<Record<string, string>> = [
      { 'sec-fetch-site': 'same-site' },
      { 'sec-fetch-site': 'cross-site' },
      { origin: 'http://intranet-other.example' },
      { origin: 'null' },
      { 'sec-fetch-site': 'same-site', origin: 'http://localhost:80' },
    ]
    for (const from of origins) {
      const answer = await revoke(token.id, { ...auth, ...from })
      expect(answer.statusCode, JSON.stringify(from)).toBe(403)
      expect(answer.json()).toMatchObject({ code: 'cross_site_request' })
    }
    const row = await t().db.prisma.apiToken.findUniqueOrThrow({ where: { id: token.id } })
    expect(row.revokedAt).toBeNull()
  })

  it('refuses an upload posted from a sibling site, and writes no job', async () => {
    const committee = await seedCommittee(t().db.prisma)
    const clerk = await seedUser(t().db.prisma, { role: 'clerk', committeeIds: [committee.id] })
    const auth = await signIn(t().app, clerk.username)
    const before = await t().db.prisma.importJob.count()
    const answer = await uploadLedger(
      t().app,
      { ...auth, 'sec-fetch-site': 'same-site' },
      { name: '花名册.csv', content: Buffer.from('姓名,公民身份号码\n') },
      { type: 'residents', committeeId: committee.id },
    )
    expect(answer.statusCode).toBe(403)
    expect(await t().db.prisma.importJob.count()).toBe(before)
  })

  it('lets our own pages, non-browser clients and bearer tokens write', async () => {
    const { auth, token } = await setup()
    const sameOrigin = await revoke(token.id, { ...auth, 'sec-fetch-site': 'same-origin' })
    expect(sameOrigin.statusCode).toBe(200)
    const second = await setup()
    const ownOrigin = await revoke(second.token.id, {
      ...second.auth,
      origin: 'http://localhost:80',
      host: 'localhost:80',
    })
    expect(ownOrigin.statusCode).toBe(200)
    const third = await setup()
    expect((await revoke(third.token.id, third.auth)).statusCode).toBe(200)
    // A token is not sent by browsers on their own: where a request comes from does not matter.
    const fourth = await setup()
    const admin = await seedUser(t().db.prisma, { role: 'admin' })
    const { token: bearer } = (
      await t().app.inject({
        method: 'POST',
        url: '/api/v1/api-tokens',
        headers: await signIn(t().app, admin.username),
        payload: { name: '管理接口', role: 'admin', expiresOn: nextYear() },
      })
    ).json()
    const byToken = await revoke(fourth.token.id, {
      authorization: `Bearer ${bearer}`,
      'sec-fetch-site': 'cross-site',
    })
    expect(byToken.statusCode, byToken.body).toBe(200)
    // Reads are not writes: a link from elsewhere may open a page.
    const read = await t().app.inject({
      method: 'GET',
      url: '/api/v1/auth/me',
      headers: { ...auth, 'sec-fetch-site': 'cross-site' },
    })
    expect(read.statusCode).toBe(200)
  })
})
