import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { seedCommittee, seedResident, seedUser, testIdNumber } from '../../test/factories.ts'
import { signIn } from '../../test/sign-in.ts'
import { useTestApp } from '../../test/test-app.ts'

const t = useTestApp()

const setup = async (role: 'clerk' | 'viewer' = 'clerk') => {
  const committee = await seedCommittee(t().db.prisma)
  const other = await seedCommittee(t().db.prisma)
  const ids = [testIdNumber(), testIdNumber()]
  await seedResident(t().db.prisma, t().app.cipher, {
    committeeId: committee.id,
    name: '张三',
    idNumber: ids[0],
    phone: '13800138000',
    tags: ['elderly', 'disabled'],
  })
  await seedResident(t().db.prisma, t().app.cipher, {
    committeeId: committee.id,
    name: '李四',
    idNumber: ids[1],
  })
  await seedResident(t().db.prisma, t().app.cipher, { committeeId: other.id, name: '王五' })
  const user = await seedUser(t().db.prisma, { role, committeeIds: [committee.id] })
  return { committee, ids, auth: await signIn(t().app, user.username) }
}

const get = (auth: Record<string, string>, query: string) =>
  t().app.inject({ method: 'GET', url: `/api/v1/residents/export?${query}`, headers: auth })

const csvLines = (body: Buffer) =>
  body
    .toString('utf8')
    .replace(/^\uFEFF/, '')
    .split('\r\n')

describe('exporting the resident list', () => {
  it('writes the filtered list as CSV, masked, in the list order, for Excel', async () => {
    const { committee, ids, auth } = await setup()
    const response = await get(auth, `format=csv&committeeId=${committee.id}`)
    expect(response.statusCode).toBe(200)
    expect(response.headers['content-type']).toMatch(/^text\/csv/)
    expect(response.headers['content-disposition']).toMatch(/filename\*=UTF-8''/)
    expect(response.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]))
    const lines = csvLines(response.rawPayload)
    expect(lines[0]).toBe(
      '姓名,身份证号,性别,出生日期,年龄,民族,文化程度,政治面貌,婚姻状况,就业状况,联系电话,人口类别,人员标签,居委会,住址,与户主关系,备注',
    )
    // Pinyin order: 李 (li) before 张 (zhang); the other committee's 王五 is not there.
    expect(lines.slice(1, -1).map((l) => l.split(',')[0])).toEqual(['李四', '张三'])
    const zhang = lines[2]!.split(',')
    expect(zhang[1]).toBe(`${ids[0]!.slice(0, 6)}********${ids[0]!.slice(-4)}`)
    expect(zhang[10]).toBe('138****8000')
    expect(zhang[12]).toBe('老年、残疾')
    expect(response.body).not.toContain(ids[0])
    expect(response.body).not.toContain('13800138000')
  })

  it('writes xlsx with a date cell, and audits every export', async () => {
    const { committee, auth } = await setup()
    const response = await get(auth, `committeeId=${committee.id}`)
    expect(response.statusCode).toBe(200)
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer)
    const sheet = workbook.worksheets[0]!
    expect(sheet.getRow(1).getCell(1).value).toBe('姓名')
    expect(sheet.rowCount).toBe(3)
    expect(sheet.getRow(2).getCell(4).value).toBeInstanceOf(Date)
    const audit = await t().db.prisma.auditEvent.findFirstOrThrow({
      where: { action: 'export', committeeId: committee.id },
    })
    expect(audit.after).toMatchObject({ format: 'xlsx', reveal: false })
  })

  it('reveals full numbers only to those who may, and says so in the audit', async () => {
    const { committee, ids, auth } = await setup()
    const revealed = await get(auth, `format=csv&reveal=true&committeeId=${committee.id}`)
    expect(revealed.statusCode).toBe(200)
    expect(revealed.body).toContain(ids[0])
    expect(revealed.body).toContain('13800138000')
    expect(
      await t().db.prisma.auditEvent.count({
        where: { action: 'export', committeeId: committee.id },
      }),
    ).toBe(1)

    const { auth: viewer } = await setup('viewer')
    expect((await get(viewer, 'format=csv&reveal=true')).statusCode).toBe(403)
    const masked = await get(viewer, 'format=csv')
    expect(masked.statusCode).toBe(200)
  })
})
