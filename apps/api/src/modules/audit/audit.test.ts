import { describe, expect, it } from 'vitest'
import { seedCommittee, seedUser } from '../../test/factories.ts'
import { signIn } from '../../test/sign-in.ts'
import { useTestApp } from '../../test/test-app.ts'

const t = useTestApp()

describe('audit log', () => {
  it('cannot be changed or emptied through the application’s database role', async () => {
    const admin = await seedUser(t().db.prisma, { role: 'admin' })
    await signIn(t().app, admin.username)
    const { rows } = await t().db.pool.query('SELECT id FROM audit_event LIMIT 1')
    expect(rows).toHaveLength(1)
    const id = rows[0].id
    await expect(
      t().db.pool.query(`UPDATE audit_event SET action = 'x' WHERE id = $1`, [id]),
    ).rejects.toThrow(/append-only/)
    await expect(t().db.pool.query('DELETE FROM audit_event WHERE id = $1', [id])).rejects.toThrow(
      /append-only/,
    )
    await expect(t().db.pool.query('TRUNCATE audit_event')).rejects.toThrow(/append-only/)
    await expect(t().db.prisma.auditEvent.deleteMany({})).rejects.toThrow()
    const { rows: still } = await t().db.pool.query(
      'SELECT action FROM audit_event WHERE id = $1',
      [id],
    )
    expect(still[0].action).toBe('login')
  })

  it('is written in the same transaction as the change: a failed change leaves no audit row', async () => {
    const admin = await seedUser(t().db.prisma, { role: 'admin' })
    const auth = await signIn(t().app, admin.username)
    const existing = await seedCommittee(t().db.prisma)
    const before = await t().db.prisma.auditEvent.count({ where: { entityType: 'committee' } })
    // Same code as an existing live committee: the unique index refuses it after validation.
    const response = await t().app.inject({
      method: 'POST',
      url: '/api/v1/committees',
      headers: auth,
      payload: { name: '新的名字', code: existing.code },
    })
    expect(response.statusCode).toBe(409)
    expect(await t().db.prisma.auditEvent.count({ where: { entityType: 'committee' } })).toBe(
      before,
    )
  })

  it('lists events newest first with filters, to supervisors but not to clerks', async () => {
    const committee = await seedCommittee(t().db.prisma)
    const admin = await seedUser(t().db.prisma, { role: 'admin' })
    const adminAuth = await signIn(t().app, admin.username)
    const created = await t().app.inject({
      method: 'POST',
      url: '/api/v1/committees',
      headers: adminAuth,
      payload: { name: '审计居委会', code: 'AUD-1' },
    })
    const id = created.json().id
    const supervisor = await seedUser(t().db.prisma, { role: 'supervisor' })
    const auth = await signIn(t().app, supervisor.username)
    const page = await t().app.inject({
      method: 'GET',
      url: `/api/v1/audit-events?entityType=committee&entityId=${id}`,
      headers: auth,
    })
    expect(page.statusCode).toBe(200)
    expect(page.json().items).toEqual([
      expect.objectContaining({
        action: 'create',
        actorId: admin.id,
        actorName: admin.displayName,
        entityId: id,
        requestId: expect.any(String),
        clientIp: '127.0.0.1',
      }),
    ])
    const all = (
      await t().app.inject({ method: 'GET', url: '/api/v1/audit-events?limit=100', headers: auth })
    ).json().items
    const times = all.map((e: { occurredAt: string }) => e.occurredAt)
    expect([...times].sort().reverse()).toEqual(times)

    const clerk = await seedUser(t().db.prisma, { role: 'clerk', committeeIds: [committee.id] })
    const clerkAuth = await signIn(t().app, clerk.username)
    expect(
      (await t().app.inject({ method: 'GET', url: '/api/v1/audit-events', headers: clerkAuth }))
        .statusCode,
    ).toBe(403)
  })

  it('refuses a day outside the years the records hold (from=0000-01-01) with a field error', async () => {
    const admin = await seedUser(t().db.prisma, { role: 'admin' })
    const auth = await signIn(t().app, admin.username)
    for (const query of ['from=0000-01-01', 'to=9999-12-31']) {
      const response = await t().app.inject({
        method: 'GET',
        url: `/api/v1/audit-events?${query}`,
        headers: auth,
      })
      expect(response.statusCode, query).toBe(400)
      expect(response.json().errors).toEqual([
        {
          path: `query.${query.slice(0, query.indexOf('='))}`,
          code: 'date_out_of_range',
          message: expect.any(String),
        },
      ])
    }
  })
})
