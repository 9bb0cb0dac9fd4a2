import { describe, expect, it } from 'vitest'
import { seedCommittee, seedUser } from '../../test/factories.ts'
import { signIn } from '../../test/sign-in.ts'
import { useTestApp } from '../../test/test-app.ts'

const t = useTestApp()

const asAdmin = async () => {
  const admin = await seedUser(t().db.prisma, { role: 'admin' })
  return signIn(t().app, admin.username)
}

const create = (headers: Record<string, string>, payload: object) =>
  t().app.inject({ method: 'POST', url: '/api/v1/committees', headers, payload })

describe('committees', () => {
  it('creates, reads with an ETag, changes with If-Match, lists and removes a committee', async () => {
    const auth = await asAdmin()
    const created = await create(auth, {
      name: '胜利居委会',
      code: '370521001',
      phone: '０５４６－２８２１２３４',
      address: '垦利区胜利路 1 号',
    })
    expect(created.statusCode).toBe(201)
    const body = created.json()
    expect(body).toMatchObject({
      name: '胜利居委会',
      code: '370521001',
      phone: '0546-2821234',
      version: 1,
      active: true,
    })

    const read = await t().app.inject({
      method: 'GET',
      url: `/api/v1/committees/${body.id}`,
      headers: auth,
    })
    expect(read.headers.etag).toBe('"1"')

    const patched = await t().app.inject({
      method: 'PATCH',
      url: `/api/v1/committees/${body.id}`,
      headers: { ...auth, 'if-match': read.headers.etag as string },
      payload: { address: '垦利区胜利路 2 号' },
    })
    expect(patched.statusCode).toBe(200)
    expect(patched.json()).toMatchObject({ address: '垦利区胜利路 2 号', version: 2 })
    expect(patched.headers.etag).toBe('"2"')

    const list = await t().app.inject({
      method: 'GET',
      url: '/api/v1/committees?q=胜利',
      headers: auth,
    })
    expect(list.json().items.map((c: { id: string }) => c.id)).toContain(body.id)

    const removed = await t().app.inject({
      method: 'DELETE',
      url: `/api/v1/committees/${body.id}`,
      headers: { ...auth, 'if-match': '"2"' },
    })
    expect(removed.statusCode).toBe(204)
    expect(
      (await t().app.inject({ method: 'GET', url: `/api/v1/committees/${body.id}`, headers: auth }))
        .statusCode,
    ).toBe(404)

    const restored = await t().app.inject({
      method: 'POST',
      url: `/api/v1/committees/${body.id}/restore`,
      headers: auth,
    })
    expect(restored.statusCode).toBe(200)
    const actions = await t().db.prisma.auditEvent.findMany({
      where: { entityId: body.id },
      orderBy: { occurredAt: 'asc' },
    })
    expect(actions.map((a) => a.action)).toEqual(['create', 'update', 'delete', 'restore'])
    expect(actions[1]).toMatchObject({
      before: expect.objectContaining({ address: '垦利区胜利路 1 号' }),
      after: expect.objectContaining({ address: '垦利区胜利路 2 号' }),
    })
  })

  it('refuses invalid input with field paths and Chinese messages, and writes nothing', async () => {
    const auth = await asAdmin()
    const before = await t().db.prisma.committee.count()
    const response = await create(auth, { name: '胜', code: '', phone: '12345', active: 'yes' })
    expect(response.statusCode).toBe(400)
    expect(response.headers['content-type']).toContain('application/problem+json')
    const problem = response.json()
    expect(problem).toMatchObject({
      type: '/problems/validation-failed',
      status: 400,
      code: 'validation_failed',
      requestId: expect.any(String),
    })
    const byPath = Object.fromEntries(problem.errors.map((e: { path: string }) => [e.path, e]))
    expect(Object.keys(byPath).sort()).toEqual(['active', 'code', 'name', 'phone'])
    expect(byPath.phone).toMatchObject({ code: 'phone_invalid', message: '电话号码格式不正确' })
    expect(byPath.name.message).toMatch(/[\u4e00-\u9fa5]/)
    expect(await t().db.prisma.committee.count()).toBe(before)
  })

  it('gives English messages to an English client', async () => {
    const auth = await asAdmin()
    const response = await create(
      { ...auth, 'accept-language': 'en' },
      { name: 'X', code: 'A1', phone: 'abc' },
    )
    const problem = response.json()
    expect(problem.title).toBe('The request has invalid fields')
    expect(problem.errors.find((e: { path: string }) => e.path === 'phone').message).toBe(
      'Not a valid phone number',
    )
  })

  it('refuses a second committee with the same name with a field error', async () => {
    const auth = await asAdmin()
    const existing = await seedCommittee(t().db.prisma)
    const response = await create(auth, { name: existing.name, code: 'NEW-1' })
    expect(response.statusCode).toBe(409)
    expect(response.json().errors).toEqual([
      { path: 'name', code: 'committee_name_taken', message: '已有同名的居委会' },
    ])
  })

  it('changes only the fields a PATCH names: a deactivated committee stays inactive when its address changes', async () => {
    const auth = await asAdmin()
    const committee = await seedCommittee(t().db.prisma, { active: false })
    const patched = await t().app.inject({
      method: 'PATCH',
      url: `/api/v1/committees/${committee.id}`,
      headers: { ...auth, 'if-match': '"1"' },
      payload: { address: '新地址 1 号' },
    })
    expect(patched.statusCode).toBe(200)
    expect(patched.json()).toMatchObject({ address: '新地址 1 号', active: false })
  })

  it('needs If-Match to change a record: missing → 428, stale → 412', async () => {
    const auth = await asAdmin()
    const committee = await seedCommittee(t().db.prisma)
    const url = `/api/v1/committees/${committee.id}`
    const missing = await t().app.inject({
      method: 'PATCH',
      url,
      headers: auth,
      payload: { address: 'x' },
    })
    expect(missing.statusCode).toBe(428)
    expect(missing.json().code).toBe('precondition_required')
    const stale = await t().app.inject({
      method: 'PATCH',
      url,
      headers: { ...auth, 'if-match': '"9"' },
      payload: { address: 'x' },
    })
    expect(stale.statusCode).toBe(412)
    expect(stale.json().title).toBe('记录已被他人修改，请刷新后再保存')
  })

  it('lets exactly one of 20 concurrent PATCHes with the same ETag win; the rest get 412', async () => {
    const auth = await asAdmin()
    const committee = await seedCommittee(t().db.prisma)
    const responses = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        t().app.inject({
          method: 'PATCH',
          url: `/api/v1/committees/${committee.id}`,
          headers: { ...auth, 'if-match': '"1"' },
          payload: { address: `地址 ${i}` },
        }),
      ),
    )
    const statuses = responses.map((r) => r.statusCode)
    expect(statuses.filter((s) => s === 200)).toHaveLength(1)
    expect(statuses.filter((s) => s === 412)).toHaveLength(19)
    const row = await t().db.prisma.committee.findUniqueOrThrow({ where: { id: committee.id } })
    expect(row.version).toBe(2)
    expect(
      await t().db.prisma.auditEvent.count({ where: { entityId: committee.id, action: 'update' } }),
    ).toBe(1)
  })

  it('creates one record for a POST retried with the same Idempotency-Key, and refuses the key for another body', async () => {
    const auth = await asAdmin()
    const headers = { ...auth, 'idempotency-key': `key-${Date.now()}` }
    const payload = { name: '幂等居委会', code: 'IDEM-1' }
    const [first, second] = await Promise.all([create(headers, payload), create(headers, payload)])
    const third = await create(headers, payload)
    expect(first.statusCode).toBe(201)
    expect(second.statusCode).toBe(201)
    expect(third.json()).toEqual(first.json())
    expect(third.headers['idempotent-replayed']).toBe('true')
    expect(await t().db.prisma.committee.count({ where: { name: '幂等居委会' } })).toBe(1)
    const reused = await create(headers, { name: '另一个居委会', code: 'IDEM-2' })
    expect(reused.statusCode).toBe(422)
    expect(reused.json().code).toBe('idempotency_key_reused')
  })

  it('pages with a keyset cursor in a stable order', async () => {
    const auth = await asAdmin()
    for (let i = 0; i < 5; i++) await seedCommittee(t().db.prisma, { code: `PAGE-${i}` })
    const seen: string[] = []
    let cursor: string | null = null
    do {
      const query: string = `q=PAGE-&sort=code&limit=2${cursor ? `&cursor=${cursor}` : ''}`
      const page = (
        await t().app.inject({ method: 'GET', url: `/api/v1/committees?${query}`, headers: auth })
      ).json()
      expect(page.total).toBe(5)
      seen.push(...page.items.map((c: { code: string }) => c.code))
      cursor = page.nextCursor
    } while (cursor)
    expect(seen).toEqual(['PAGE-0', 'PAGE-1', 'PAGE-2', 'PAGE-3', 'PAGE-4'])
    const bad = await t().app.inject({
      method: 'GET',
      url: '/api/v1/committees?cursor=nonsense',
      headers: auth,
    })
    expect(bad.statusCode).toBe(400)
  })
})

describe('committee scope', () => {
  it('shows a clerk only their committees and answers 404 for another committee', async () => {
    const mine = await seedCommittee(t().db.prisma)
    const other = await seedCommittee(t().db.prisma)
    const clerk = await seedUser(t().db.prisma, { role: 'clerk', committeeIds: [mine.id] })
    const auth = await signIn(t().app, clerk.username)
    const list = (
      await t().app.inject({ method: 'GET', url: '/api/v1/committees', headers: auth })
    ).json()
    expect(list.items.map((c: { id: string }) => c.id)).toEqual([mine.id])
    expect(list.total).toBe(1)
    const foreign = await t().app.inject({
      method: 'GET',
      url: `/api/v1/committees/${other.id}`,
      headers: auth,
    })
    expect(foreign.statusCode).toBe(404)
    expect(foreign.json().code).toBe('not_found')
  })

  it('forbids a clerk to create or change committees', async () => {
    const mine = await seedCommittee(t().db.prisma)
    const clerk = await seedUser(t().db.prisma, { role: 'clerk', committeeIds: [mine.id] })
    const auth = await signIn(t().app, clerk.username)
    expect((await create(auth, { name: '越权居委会', code: 'NO-1' })).statusCode).toBe(403)
    const patch = await t().app.inject({
      method: 'PATCH',
      url: `/api/v1/committees/${mine.id}`,
      headers: { ...auth, 'if-match': '"1"' },
      payload: { name: '改名' },
    })
    expect(patch.statusCode).toBe(403)
  })
})
