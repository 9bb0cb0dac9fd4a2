import { beforeAll, describe, expect, it } from 'vitest'
import { maskIdNumber } from '@cr/shared/validators/id-number'
import type { TActor } from '../../lib/actor.ts'
import { seedCommittee, seedUser, testIdNumber } from '../../test/factories.ts'
import { errorReportRows } from '../../test/error-report.ts'
import { idNumberForms } from '../../test/id-number-leaks.ts'
import { settledJob, uploadLedger } from '../../test/imports.ts'
import { signIn } from '../../test/sign-in.ts'
import { useTestApp } from '../../test/test-app.ts'
import { jobReport } from './imports.service.ts'

const t = useTestApp()

const ids = {
  valid: testIdNumber(),
  spouse: testIdNumber(),
  badCheck: ((n) => n.slice(0, 17) + (n[17] === '0' ? '1' : '0'))(testIdNumber()),
  inNotes: testIdNumber(),
  refused: testIdNumber(),
  inPhone: testIdNumber(),
}
const everyNumber = Object.values(ids).map((n) => ({ canonical: n, typed: n }))
const header = ['姓名', '身份证号', '民族', '联系电话', '备注', '配偶身份证号']
const rows = [
  ['甲', ids.valid, '汉族', '', '', ids.spouse],
  ['乙', ids.badCheck, '汉族', '', `配偶 ${ids.inNotes}`, ''],
  ['丙', ids.refused, '火星族', '', '', ''],
  ['丁', ids.inPhone, '汉族', ids.inPhone, '', ''],
]

let auth: Record<string, string>
let jobId = ''
let clerk: { id: string; committeeIds: string[] }

beforeAll(async () => {
  const committee = await seedCommittee(t().db.prisma)
  const user = await seedUser(t().db.prisma, { role: 'clerk', committeeIds: [committee.id] })
  clerk = { id: user.id, committeeIds: [committee.id] }
  auth = await signIn(t().app, user.username)
  const content = Buffer.from(`\uFEFF${[header, ...rows].map((r) => r.join(',')).join('\r\n')}`)
  const created = await uploadLedger(
    t().app,
    auth,
    { name: '三月.csv', content },
    { type: 'residents', committeeId: committee.id },
  )
  expect(created.statusCode, created.body).toBe(202)
  const job = await settledJob(t().app, auth, created.json().id)
  expect(job.counts).toMatchObject({ rows: 4, valid: 1, invalid: 3 })
  jobId = job.id
})

/** The report's data rows, keyed by header, as text. */
const download = async (query = '') => {
  const response = await t().app.inject({
    method: 'GET',
    url: `/api/v1/imports/${jobId}/report${query}`,
    headers: auth,
  })
  if (response.statusCode !== 200) return { response, rows: [], text: '' }
  const data = await errorReportRows(response.rawPayload)
  return { response, rows: data, text: JSON.stringify(data) }
}

describe('the error report', () => {
  it('masks the ID-number column, mistyped numbers included, and any number elsewhere', async () => {
    const { response, rows: report, text } = await download()
    expect(response.statusCode).toBe(200)
    expect(idNumberForms(everyNumber).filter((form) => text.includes(form))).toEqual([])
    expect(report.map((r) => r['身份证号'])).toEqual([
      maskIdNumber(ids.valid),
      maskIdNumber(ids.badCheck),
      maskIdNumber(ids.refused),
      maskIdNumber(ids.inPhone),
    ])
    expect(report[0]!['配偶身份证号']).toBe(maskIdNumber(ids.spouse))
    expect(report[1]!['备注']).toBe(`配偶 ${maskIdNumber(ids.inNotes)}`)
    expect(report[3]!['联系电话']).toBe(maskIdNumber(ids.inPhone))
    // Still says what is wrong, row by row.
    expect(report[1]!['错误说明']).toContain('[身份证号]')
    expect(report[2]!['错误说明']).toContain('[民族]')
    expect(report[3]!['错误说明']).toContain('[联系电话]')
  })

  it('lists the problems with ID numbers masked, in any column', async () => {
    const job = await settledJob(t().app, auth, jobId)
    const values = Object.fromEntries(job.problems.map((p) => [p.field, p.value]))
    expect(values).toMatchObject({
      idNumber: maskIdNumber(ids.badCheck),
      ethnicity: '火星族',
      phone: maskIdNumber(ids.inPhone),
    })
  })

  it('reveals the numbers as uploaded for a reason, and records it like any reveal', async () => {
    const noReason = await download('?reveal=true')
    expect(noReason.response.statusCode).toBe(400)
    expect(noReason.response.json().errors).toEqual([
      { path: 'query.reason', code: 'reveal_reason_required', message: '请填写查看完整信息的事由' },
    ])
    expect(
      await t().db.prisma.auditEvent.count({ where: { action: 'reveal', entityId: jobId } }),
    ).toBe(0)

    const { response, rows: report } = await download(
      `?reveal=true&reason=${encodeURIComponent('修正后重新导入')}`,
    )
    expect(response.statusCode).toBe(200)
    expect(report.map((r) => r['身份证号'])).toEqual(rows.map((r) => r[1]))
    expect(report[1]!['备注']).toBe(`配偶 ${ids.inNotes}`)
    const audit = await t().db.prisma.auditEvent.findFirstOrThrow({
      where: { action: 'reveal', entityType: 'import_job', entityId: jobId },
    })
    expect(audit).toMatchObject({
      actorId: clerk.id,
      reason: '修正后重新导入',
      after: { field: 'idNumber', report: '三月.csv' },
    })
    expect(idNumberForms(everyNumber).filter((f) => JSON.stringify(audit).includes(f))).toEqual([])
  })

  it('is refused revealed to anyone without resident:reveal', async () => {
    // Every role that may import may also reveal today, so the rule is checked on the service.
    const actor: TActor = {
      type: 'user',
      id: clerk.id,
      name: '测试用户',
      role: 'clerk',
      userId: clerk.id,
      sessionId: null,
      allCommittees: false,
      committeeIds: clerk.committeeIds,
      partyScopePath: null,
      permissions: new Set(['import:run']),
      mustChangePassword: false,
    }
    const meta = { requestId: 'test', clientIp: '127.0.0.1' }
    const deps = { db: t().db, cipher: t().app.cipher, ledgers: t().app.imports.ledgers }
    await expect(
      jobReport(deps, actor, meta, jobId, { reveal: true, reason: '看看' }),
    ).rejects.toMatchObject({ code: 'forbidden', status: 403 })
    await expect(jobReport(deps, actor, meta, jobId, {})).resolves.toMatchObject({
      fileName: '三月_错误报告',
    })
  })
})
