import { auditActions } from '@cr/shared/audit/audit-event'
import { auditCategoryOf, auditCategories } from '@cr/shared/audit/audit-labels'
import { cstDateOf, addDays } from '@cr/shared/party/calendar'
import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { apiRequest } from '../../test/api-request.ts'
import { seedCommittee, seedUser, testIdNumber } from '../../test/factories.ts'
import { signIn } from '../../test/sign-in.ts'
import { useTestApp } from '../../test/test-app.ts'
import { newId } from '../../lib/ids.ts'

const t = useTestApp()
const api = apiRequest(t)

type TEvent = {
  action: string
  entityType: string
  entityId: string | null
  actorId: string | null
  occurredAt: string
  before: Record<string, unknown> | null
  after: Record<string, unknown> | null
}

/**
 * A small world: an administrator registers a woman as 户籍人口 and changes her to 常住人口,
 * a clerk signs in and reveals her ID number, someone fails to sign in, a supervisor reads.
 */
let world = 0
/** The tests of this file share one database: each builds its own world and filters to it. */
const setup = async () => {
  world += 1
  const committee = await seedCommittee(t().db.prisma, { name: `胜利居委会${world}` })
  const admin = await seedUser(t().db.prisma, { role: 'admin', displayName: '管理员甲' })
  const adminAuth = await signIn(t().app, admin.username)
  const idNumber = testIdNumber({ male: false })
  const created = await api(adminAuth, 'POST', '/residents', {
    committeeId: committee.id,
    name: '王秀英',
    idNumber,
    ethnicity: '01',
    category: 'registered',
  })
  expect(created.statusCode).toBe(201)
  const resident = created.json()
  const changed = await api(
    adminAuth,
    'PATCH',
    `/residents/${resident.id}`,
    { category: 'permanent', ethnicity: '03' },
    resident.version,
  )
  expect(changed.statusCode).toBe(200)
  const clerk = await seedUser(t().db.prisma, {
    role: 'clerk',
    displayName: '办事员乙',
    committeeIds: [committee.id],
  })
  const clerkAuth = await signIn(t().app, clerk.username)
  const revealed = await api(clerkAuth, 'POST', `/residents/${resident.id}/reveal`, {
    field: 'idNumber',
    reason: '核对低保材料',
  })
  expect(revealed.statusCode).toBe(200)
  const failed = await t().app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { username: clerk.username, password: 'not-the-password' },
  })
  expect(failed.statusCode).toBe(401)
  const supervisor = await seedUser(t().db.prisma, { role: 'supervisor' })
  const auth = await signIn(t().app, supervisor.username)
  return { committee, admin, clerk, resident, idNumber, auth }
}

const list = async (auth: Record<string, string>, query: string) => {
  const response = await api(auth, 'GET', `/audit-events?limit=100&${query}`)
  expect(response.statusCode, query).toBe(200)
  return response.json() as { items: TEvent[]; total?: number; nextCursor: string | null }
}

describe('the audit log, filtered', () => {
  it('separates sign-ins from changes: each category holds exactly its rows, and together all', async () => {
    const { auth, resident, clerk } = await setup()
    const all = await list(auth, '')
    expect(all.total).toBe(all.items.length)
    let sum = 0
    for (const category of auditCategories) {
      const page = await list(auth, `category=${category}`)
      for (const event of page.items) expect(auditCategoryOf(event), category).toBe(category)
      expect(page.total).toBe(page.items.length)
      sum += page.items.length
    }
    expect(sum).toBe(all.items.length)

    const changes = await list(auth, `category=change&entityId=${resident.id}`)
    expect(changes.items.map((e) => `${e.action} ${e.entityType}`)).toEqual([
      'update resident',
      'create resident',
    ])
    const account = await list(auth, `category=account&actorId=${clerk.id}`)
    expect(account.items.map((e) => e.action)).toEqual(['login'])
    const failed = await list(auth, 'category=account&action=login_failed')
    expect(failed.items[0]!.after).toEqual({ username: clerk.username })
    const reveals = await list(auth, `category=reveal&entityId=${resident.id}`)
    expect(reveals.items).toEqual([
      expect.objectContaining({ action: 'reveal', entityId: resident.id }),
    ])
  })

  it('filters each category exactly as auditCategoryOf says, for every action on every kind of record', async () => {
    const { auth } = await setup()
    const committee = await seedCommittee(t().db.prisma)
    const kinds = [
      'resident',
      'user',
      'session',
      'api_token',
      'import_job',
      'import_file',
      'party_member',
    ]
    const rows = auditActions.flatMap((action) =>
      kinds.map((entityType) => ({ id: newId(), actorType: 'system', action, entityType })),
    )
    await t().db.prisma.auditEvent.createMany({
      data: rows.map((r) => ({ ...r, committeeId: committee.id })),
    })
    for (const category of auditCategories) {
      const page = await list(auth, `category=${category}&committeeId=${committee.id}`)
      const expected = rows.filter((r) => auditCategoryOf(r) === category).map((r) => r.id)
      expect(expected.length, category).toBeGreaterThan(0)
      expect(page.items.map((e) => (e as { id?: string }).id).sort(), category).toEqual(
        expected.sort(),
      )
    }
  })

  it('filters by who did it, the record type, the action and the days (CST), combined', async () => {
    const { auth, admin, clerk } = await setup()
    const byAdmin = await list(auth, `actorId=${admin.id}`)
    expect(byAdmin.items.length).toBeGreaterThan(0)
    expect(byAdmin.items.every((e) => e.actorId === admin.id)).toBe(true)
    const byClerk = await list(auth, `actorId=${clerk.id}&entityType=resident`)
    expect(byClerk.items.map((e) => e.action)).toEqual(['reveal'])
    const updates = await list(auth, `action=update&entityType=resident&actorId=${admin.id}`)
    expect(updates.items).toHaveLength(1)
    expect(updates.items[0]!.before).toMatchObject({ category: 'registered', ethnicity: '01' })
    expect(updates.items[0]!.after).toMatchObject({ category: 'permanent', ethnicity: '03' })

    const day = cstDateOf(new Date(byAdmin.items[0]!.occurredAt))
    expect((await list(auth, `from=${day}&to=${day}&actorId=${admin.id}`)).items).toHaveLength(
      byAdmin.items.length,
    )
    expect((await list(auth, `to=${addDays(day, -1)}`)).items).toEqual([])
    expect((await list(auth, `from=${addDays(day, 1)}`)).items).toEqual([])
  })

  it('counts the first page only, and keeps the keyset order across pages', async () => {
    const { auth } = await setup()
    const first = (await api(auth, 'GET', '/audit-events?limit=2')).json()
    expect(first.items).toHaveLength(2)
    expect(first.total).toBeGreaterThan(2)
    const second = (
      await api(auth, 'GET', `/audit-events?limit=2&cursor=${encodeURIComponent(first.nextCursor)}`)
    ).json()
    expect(second.total).toBeUndefined()
    expect(second.items[0].occurredAt <= first.items[1].occurredAt).toBe(true)
  })

  it('refuses an unknown category with a field error', async () => {
    const { auth } = await setup()
    const response = await api(auth, 'GET', '/audit-events?category=logins')
    expect(response.statusCode).toBe(400)
    expect(response.json().errors).toEqual([expect.objectContaining({ path: 'query.category' })])
  })
})

const csvRows = (body: Buffer) =>
  body
    .toString('utf8')
    .replace(/^\uFEFF/, '')
    .split(/\r\n(?=(?:[^"]*"[^"]*")*[^"]*$)/)
    .filter(Boolean)

describe('exporting the audit log', () => {
  it('writes the filtered log with Chinese headings and each change as 字段：旧 → 新, masked', async () => {
    const { auth, resident, idNumber } = await setup()
    const response = await api(
      auth,
      'GET',
      `/audit-events/export?format=csv&category=change&entityId=${resident.id}`,
    )
    expect(response.statusCode).toBe(200)
    expect(response.headers['content-type']).toMatch(/^text\/csv/)
    const rows = csvRows(response.rawPayload)
    expect(rows[0]).toBe(
      '时间,操作人,操作人类型,类别,操作,对象类型,对象编号,居委会,内容,原因,IP 地址,请求编号',
    )
    expect(rows).toHaveLength(3)
    const update = rows[1]!
    expect(update).toContain(`管理员甲,用户,数据变更,修改,居民,${resident.id},胜利居委会`)
    expect(update).toContain('人口类别：户籍人口 → 常住人口')
    expect(update).toContain('民族：汉族 → 回族')
    expect(update).not.toMatch(/\bage\b|registered|permanent/)
    const create = rows[2]!
    expect(create).toContain('姓名：王秀英')
    expect(create).toContain('性别：女')
    expect(create).toContain(`身份证号：${idNumber.slice(0, 6)}********${idNumber.slice(-4)}`)
    expect(response.body).not.toContain(idNumber)
  })

  it('writes .xlsx too, names sign-in failures’ reasons, and records who exported', async () => {
    const { auth } = await setup()
    const response = await t().app.inject({
      method: 'GET',
      url: '/api/v1/audit-events/export?category=account&action=login_failed',
      headers: auth,
    })
    expect(response.statusCode).toBe(200)
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer)
    const sheet = workbook.worksheets[0]!
    expect(sheet.getRow(1).getCell(4).value).toBe('类别')
    expect(sheet.rowCount).toBeGreaterThan(1)
    const row = sheet.getRow(2)
    expect(row.getCell(2).value).toBe('系统')
    expect(row.getCell(4).value).toBe('登录与账号')
    expect(row.getCell(5).value).toBe('登录失败')
    expect(row.getCell(10).value).toBe('密码错误')
    const exports = await list(auth, 'action=export&entityType=audit_event')
    expect(exports.items[0]).toEqual(
      expect.objectContaining({
        after: {
          format: 'xlsx',
          filters: { category: 'account', action: 'login_failed', sort: '-occurredAt' },
        },
      }),
    )
  })

  it('is for those who read the log: a clerk gets 403 and no file', async () => {
    const committee = await seedCommittee(t().db.prisma)
    const clerk = await seedUser(t().db.prisma, { role: 'clerk', committeeIds: [committee.id] })
    const auth = await signIn(t().app, clerk.username)
    const exports = { where: { action: 'export', entityType: 'audit_event' } }
    const before = await t().db.prisma.auditEvent.count(exports)
    const response = await api(auth, 'GET', '/audit-events/export?format=csv')
    expect(response.statusCode).toBe(403)
    expect(response.headers['content-type']).toMatch(/problem\+json/)
    expect(await t().db.prisma.auditEvent.count(exports)).toBe(before)
  })
})
