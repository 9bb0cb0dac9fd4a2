import { describe, expect, it } from 'vitest'
import { addDays } from '@cr/shared/party/calendar'
import { seedCommittee, seedUser } from '../../test/factories.ts'
import { signIn } from '../../test/sign-in.ts'
import { useTestApp } from '../../test/test-app.ts'
import { testToday } from '../../test/test-clock.ts'

const t = useTestApp()

/** Expiry dates are calendar days judged by the app's clock: relative to its fixed day. */
const nextYear = () => addDays(testToday, 200)

const createToken = async (payload: object) => {
  const admin = await seedUser(t().db.prisma, { role: 'admin' })
  const auth = await signIn(t().app, admin.username)
  const response = await t().app.inject({
    method: 'POST',
    url: '/api/v1/api-tokens',
    headers: auth,
    payload,
  })
  return { response, auth }
}

describe('API tokens', () => {
  it('is shown once, stored as a hash, and works as a Bearer credential scoped to its committees', async () => {
    const mine = await seedCommittee(t().db.prisma)
    const other = await seedCommittee(t().db.prisma)
    const { response, auth } = await createToken({
      name: '派出所对接',
      role: 'viewer',
      committeeIds: [mine.id],
      expiresOn: nextYear(),
    })
    expect(response.statusCode).toBe(201)
    const { token, id } = response.json()
    expect(token).toMatch(/^crt_[\w-]{40,}$/)

    const { rows } = await t().db.pool.query(
      'SELECT token_hash, prefix FROM api_token WHERE id = $1',
      [id],
    )
    expect(rows[0].token_hash).not.toContain(token.slice(4))
    expect(token.startsWith(rows[0].prefix)).toBe(true)
    const listed = (
      await t().app.inject({ method: 'GET', url: '/api/v1/api-tokens', headers: auth })
    ).body
    expect(listed).not.toContain(token)

    const bearer = { authorization: `Bearer ${token}` }
    const list = (
      await t().app.inject({ method: 'GET', url: '/api/v1/committees', headers: bearer })
    ).json()
    expect(list.items.map((c: { id: string }) => c.id)).toEqual([mine.id])
    expect(
      (
        await t().app.inject({
          method: 'GET',
          url: `/api/v1/committees/${other.id}`,
          headers: bearer,
        })
      ).statusCode,
    ).toBe(404)
    expect(
      (
        await t().app.inject({
          method: 'POST',
          url: '/api/v1/committees',
          headers: bearer,
          payload: { name: '不许', code: 'NO' },
        })
      ).statusCode,
    ).toBe(403)
    const used = await t().db.prisma.apiToken.findUniqueOrThrow({ where: { id } })
    expect(used.lastUsedAt).not.toBeNull()
  })

  it('stops working when revoked or expired', async () => {
    const committee = await seedCommittee(t().db.prisma)
    const { response, auth } = await createToken({
      name: '民政接口',
      role: 'clerk',
      committeeIds: [committee.id],
      expiresOn: nextYear(),
    })
    const { token, id } = response.json()
    const bearer = { authorization: `Bearer ${token}` }
    expect(
      (await t().app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: bearer })).json()
        .authMethod,
    ).toBe('token')
    const revoked = await t().app.inject({
      method: 'POST',
      url: `/api/v1/api-tokens/${id}/revoke`,
      headers: auth,
    })
    expect(revoked.json().revokedAt).not.toBeNull()
    expect(
      (await t().app.inject({ method: 'GET', url: '/api/v1/committees', headers: bearer }))
        .statusCode,
    ).toBe(401)

    const second = (
      await createToken({ name: '过期令牌', role: 'supervisor', expiresOn: nextYear() })
    ).response.json()
    await t().db.pool.query(`UPDATE api_token SET expires_on = $2 WHERE id = $1`, [
      second.id,
      addDays(testToday, -2),
    ])
    expect(
      (
        await t().app.inject({
          method: 'GET',
          url: '/api/v1/committees',
          headers: { authorization: `Bearer ${second.token}` },
        })
      ).statusCode,
    ).toBe(401)
  })

  it('does not keep the secret in the idempotency table, and a replay does not repeat it', async () => {
    const admin = await seedUser(t().db.prisma, { role: 'admin' })
    const auth = { ...(await signIn(t().app, admin.username)), 'idempotency-key': 'token-create-1' }
    const payload = { name: '重试令牌', role: 'supervisor', expiresOn: nextYear() }
    const first = await t().app.inject({
      method: 'POST',
      url: '/api/v1/api-tokens',
      headers: auth,
      payload,
    })
    const replay = await t().app.inject({
      method: 'POST',
      url: '/api/v1/api-tokens',
      headers: auth,
      payload,
    })
    expect(replay.json()).toMatchObject({ id: first.json().id, token: '' })
    const { rows } = await t().db.pool.query(
      'SELECT response_body::text AS body FROM idempotency_key',
    )
    expect(rows.map((r) => r.body).join()).not.toContain(first.json().token)
  })

  it('refuses an expiry beyond a year or in the past', async () => {
    const far = addDays(testToday, 400)
    const { response } = await createToken({ name: '太久', role: 'supervisor', expiresOn: far })
    expect(response.json().errors[0]).toMatchObject({
      path: 'expiresOn',
      code: 'token_expiry_too_far',
    })
  })

  it('is managed by administrators only', async () => {
    const supervisor = await seedUser(t().db.prisma, { role: 'supervisor' })
    const auth = await signIn(t().app, supervisor.username)
    expect(
      (await t().app.inject({ method: 'GET', url: '/api/v1/api-tokens', headers: auth }))
        .statusCode,
    ).toBe(403)
  })
})
