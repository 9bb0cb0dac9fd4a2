import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { seedCommittee, seedUser, testIdNumber } from '../../test/factories.ts'
import { postJob, settledJob, uploadLedger } from '../../test/imports.ts'
import { ledgerWorkbook, type TLedgerLayout } from '../../test/ledger-workbook.ts'
import { signIn } from '../../test/sign-in.ts'
import { useTestApp } from '../../test/test-app.ts'

/**
 * A community's own residents ledger, laid out as the office keeps it: a title and a 填报单位
 * row above a two-row header — 家庭住址 merged over 街路, 楼号, 单元 and 户室号, the other
 * headers merged down both rows —, a 序号 column, 公民身份号码 and 人员类别 for the ID number
 * and the population category. It imports without a mapping (issue 11 §1).
 */

const t = useTestApp()

/** New people for each ledger (the 17th digit is odd for men, GB 11643). */
const people = () => {
  const man = (birthDate: string) => testIdNumber({ birthDate, male: true })
  const woman = (birthDate: string) => testIdNumber({ birthDate, male: false })
  return {
    zhangJianguo: man('1965-03-15'),
    liXiuying: woman('1967-08-02'),
    zhangWei: man('1990-11-20'),
    zhangLi: woman('1993-04-06'),
    wangQiang: man('1958-01-09'),
    zhaoGang: man('1960-10-01'),
  }
}

const top = [
  '序号',
  '姓名',
  '性别',
  '民族',
  '公民身份号码',
  '与户主关系',
  '家庭住址',
  null,
  null,
  null,
  '联系电话',
  '人员类别',
  '备注',
]
const bottom = [
  null,
  null,
  null,
  null,
  null,
  null,
  '街路',
  '楼号',
  '单元',
  '户室号',
  null,
  null,
  null,
]

const ledger = (header = { top, bottom }, ids = people()): TLedgerLayout => ({
  sheetName: '居民台账',
  preamble: [
    '永兴社区居民基本信息台账',
    '填报单位：永兴社区居委会（盖章）　　　　　　　　填报时间：2024年3月',
  ],
  header: [header.top, header.bottom],
  rows: [
    [
      1,
      '张建国',
      '男',
      '汉族',
      ids.zhangJianguo,
      '户主',
      '胜利路',
      '3号楼',
      '2',
      '502',
      '13800138000',
      '户籍',
      null,
    ],
    [
      2,
      '李秀英',
      '女',
      '汉族',
      ids.liXiuying,
      '妻',
      '胜利路',
      '3号楼',
      '2',
      '502',
      null,
      '户籍',
      null,
    ],
    [
      3,
      '张伟',
      '男',
      '汉族',
      ids.zhangWei,
      '子',
      '胜利路',
      '3号楼',
      '2',
      '502',
      null,
      '户籍',
      '在外地上学',
    ],
    // 子 for a woman (an even sequence digit): written for 女 by mistake, or the number is.
    [4, '张丽', '女', '汉族', ids.zhangLi, '子', '胜利路', '3号楼', '2', '502', null, '户籍', null],
    [
      5,
      '王强',
      '男',
      '汉族',
      ids.wangQiang,
      '户主',
      '胜利路',
      '5号楼',
      '1',
      '101',
      null,
      '户籍',
      null,
    ],
    // 妻 for a man.
    [
      6,
      '赵刚',
      '男',
      '汉族',
      ids.zhaoGang,
      '妻',
      '胜利路',
      '5号楼',
      '1',
      '101',
      null,
      '户籍',
      null,
    ],
  ],
  footer: ['合计：6人', '制表人：王红　　审核人：李明'],
})

/** Header rows 3–4, data from row 5. */
const rowOf = (serial: number) => 4 + serial

const setup = async () => {
  const committee = await seedCommittee(t().db.prisma)
  const clerk = await seedUser(t().db.prisma, { role: 'clerk', committeeIds: [committee.id] })
  const auth = await signIn(t().app, clerk.username)
  const upload = async (layout: TLedgerLayout, options: Record<string, unknown> = {}) => {
    const content = await ledgerWorkbook(layout)
    const created = await uploadLedger(
      t().app,
      auth,
      { name: '永兴社区居民台账.xlsx', content },
      { type: 'residents', committeeId: committee.id, ...options },
    )
    expect(created.statusCode, created.body).toBe(202)
    return settledJob(t().app, auth, created.json().id)
  }
  return { committee, auth, upload }
}

describe('a community’s residents ledger as the office keeps it', () => {
  it('imports without a mapping: 街路 and 户室号 under a merged 家庭住址, 序号 ignored', async () => {
    const { committee, auth, upload } = await setup()
    const job = await upload(ledger())
    expect(job.error).toBeNull()
    expect(job.headerRowNumber).toBe(4)
    expect(job.columns.map((c) => [c.letter, c.header, c.field, c.source])).toEqual([
      ['A', '序号', null, 'ignored'],
      ['B', '姓名', 'name', 'synonym'],
      ['C', '性别', 'sex', 'synonym'],
      ['D', '民族', 'ethnicity', 'synonym'],
      ['E', '公民身份号码', 'idNumber', 'synonym'],
      ['F', '与户主关系', 'relationship', 'synonym'],
      ['G', '街路', 'street', 'synonym'],
      ['H', '楼号', 'buildingNumber', 'synonym'],
      ['I', '单元', 'unit', 'synonym'],
      ['J', '户室号', 'room', 'synonym'],
      ['K', '联系电话', 'phone', 'synonym'],
      ['L', '人员类别', 'category', 'synonym'],
      ['M', '备注', 'notes', 'synonym'],
    ])
    expect(job.counts).toMatchObject({ rows: 6, valid: 6, invalid: 0, created: 6 })

    await postJob(t().app, auth, job.id, 'commit', { mode: 'all_or_nothing' })
    expect((await settledJob(t().app, auth, job.id)).status).toBe('committed')
    const dwellings = await t().db.prisma.dwelling.findMany({
      where: { committeeId: committee.id },
      orderBy: { address: 'asc' },
    })
    expect(dwellings.map((d) => d.address)).toEqual([
      '胜利路3号楼2单元502室',
      '胜利路5号楼1单元101室',
    ])
    expect(await t().db.prisma.householdMember.count()).toBe(6)
  })

  it('warns, without refusing, where a relationship contradicts the ID number’s sex', async () => {
    const { auth, upload } = await setup()
    const job = await upload(ledger())
    expect(job.counts).toMatchObject({ rows: 6, valid: 6, invalid: 0 })
    expect(job.warningCount).toBe(2)
    expect(
      job.problems.map((p) => [p.rowNumber, p.severity, p.code, p.column?.header, p.value]),
    ).toEqual([
      [rowOf(4), 'warning', 'relationship_sex_mismatch', '与户主关系', '子'],
      [rowOf(6), 'warning', 'relationship_sex_mismatch', '与户主关系', '妻'],
    ])
    expect(job.problems[0]!.message).toContain('女')
    expect(job.problems[1]!.message).toContain('男')

    // The error report shows them beside their rows, as warnings.
    const report = await t().app.inject({
      method: 'GET',
      url: `/api/v1/imports/${job.id}/report`,
      headers: auth,
    })
    expect(report.statusCode).toBe(200)
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(report.rawPayload as unknown as ExcelJS.Buffer)
    const sheet = workbook.worksheets[0]!
    const width = sheet.getRow(1).cellCount
    const notes = new Map<number, unknown>()
    sheet.eachRow((row, n) => {
      if (n > 1) notes.set(Number(row.getCell(1).value), row.getCell(width).value)
    })
    expect(notes.get(rowOf(4))).toMatch(/^\[与户主关系\] 提醒：/)
    expect(notes.get(rowOf(6))).toMatch(/^\[与户主关系\] 提醒：/)
    expect(notes.get(rowOf(1))).toBeNull()

    // All or nothing goes ahead: a warning is not a refusal.
    await postJob(t().app, auth, job.id, 'commit', { mode: 'all_or_nothing' })
    const done = await settledJob(t().app, auth, job.id)
    expect(done.status).toBe('committed')
    expect(done.counts).toMatchObject({ created: 6 })
  })

  it('names an address column it cannot find once for the file, with the headers seen', async () => {
    const { upload } = await setup()
    // 地段 is no name of the street column: the clerk is told once, not twice per row.
    const job = await upload(
      ledger({ top, bottom: bottom.map((h) => (h === '街路' ? '地段' : h)) }),
    )
    expect(job.status).toBe('failed')
    expect(job.error?.code).toBe('column_missing')
    expect(job.missingRequired).toEqual(['street'])
    expect(job.error?.message).toContain('街路巷')
    expect(job.error?.message).toContain('地段')
    expect(job.error?.message).toContain('列对应')
    expect(job.problemCount).toBe(0)
    expect(job.columns.find((c) => c.letter === 'G')).toMatchObject({
      header: '地段',
      source: 'unrecognised',
    })
  })

  it('says once per row which address cells are blank', async () => {
    const { upload } = await setup()
    const layout = ledger()
    const rows = layout.rows.map((r) => [...r])
    rows[4]![6] = null // 街路
    rows[4]![9] = null // 户室号
    const job = await upload({ ...layout, rows: rows.slice(4, 5) })
    expect(job.problems.map((p) => [p.rowNumber, p.code, p.column?.header])).toEqual([
      [rowOf(1), 'address_incomplete', '街路'],
    ])
    expect(job.problems[0]!.message).toContain('没有填写街路巷、室号（')
  })
})
