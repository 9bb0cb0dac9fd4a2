import { describe, expect, it } from 'vitest'
import { errorReportNotes } from '../../test/error-report.ts'
import { seedCommittee, seedUser, testIdNumber } from '../../test/factories.ts'
import { postJob, settledJob, uploadLedger } from '../../test/imports.ts'
import { ledgerWorkbook, type TLedgerLayout } from '../../test/ledger-workbook.ts'
import { signIn } from '../../test/sign-in.ts'
import { useTestApp } from '../../test/test-app.ts'
import {
  officeLedgerHeader,
  officeLedgerRowOf as rowOf,
  residentsOfficeLedger as ledger,
} from './fixtures/residents-office-ledger.ts'

/**
 * A community's own residents ledger, laid out as the office keeps it (the fixture: title,
 * 填报单位, a two-row header with 家庭住址 over 街路/楼号/单元/户室号, 序号), and the same
 * ledger as other offices head it. It imports without a mapping (issue 11 §1).
 */

const t = useTestApp()

const { top, bottom } = officeLedgerHeader

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
    expect(job.missingRequired).toEqual([])
    expect(job.columns.filter((c) => c.source === 'unrecognised')).toEqual([])
    expect(job.counts).toMatchObject({ rows: 6, valid: 6, invalid: 0, created: 6 })
    // Zero errors: the only problems are the two warnings of the next test.
    expect(job.problemCount - job.warningCount).toBe(0)
    expect(job.problems.filter((p) => p.severity === 'error')).toEqual([])

    // Committed as checked, no mapping given at any step.
    await postJob(t().app, auth, job.id, 'commit', { mode: 'all_or_nothing' })
    const done = await settledJob(t().app, auth, job.id)
    expect(done.status).toBe('committed')
    expect(done.counts).toMatchObject({ created: 6, invalid: 0 })
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

  // Other offices' headings of the same ledger, one header row, the serial column headed
  // 编号, No. or 序号: each imports without a mapping.
  it.each([
    ['编号', '身份证号', '与户主关系', '街道', '楼栋', '单元号', '门牌号'],
    ['No.', '身份证号码', '与户主的关系', '所在街路', '幢', '单元', '房号'],
    ['序号', '公民身份号码', '家庭关系', '路', '楼号', '单元号', '室'],
    ['序号', '身份证号', '关系', '街巷', '楼栋号', '单元', '户号'],
  ])(
    'imports without a mapping when headed %s, %s, %s, %s, %s, %s, %s',
    async (serial, idNumber, relationship, street, building, unit, room) => {
      const { committee, auth, upload } = await setup()
      const husband = testIdNumber({ birthDate: '1972-05-06', male: true })
      const wife = testIdNumber({ birthDate: '1974-07-08', male: false })
      const job = await upload({
        preamble: ['永兴社区以房管人台账'],
        header: [[serial, '姓名', idNumber, relationship, street, building, unit, room]],
        rows: [
          [1, '刘洋', husband, '户主', '胜利路', '7号楼', '1单元', '201室'],
          [2, '陈静', wife, '妻', '胜利路', '7号楼', '1单元', '201室'],
        ],
      })
      expect(job.error).toBeNull()
      expect(job.columns.map((c) => [c.header, c.field, c.source])).toEqual([
        [serial, null, 'ignored'],
        ['姓名', 'name', 'synonym'],
        [idNumber, 'idNumber', 'synonym'],
        [relationship, 'relationship', 'synonym'],
        [street, 'street', 'synonym'],
        [building, 'buildingNumber', 'synonym'],
        [unit, 'unit', 'synonym'],
        [room, 'room', 'synonym'],
      ])
      expect(job.problems).toEqual([])
      expect(job.counts).toMatchObject({ rows: 2, valid: 2, invalid: 0, created: 2 })

      await postJob(t().app, auth, job.id, 'commit', { mode: 'all_or_nothing' })
      expect((await settledJob(t().app, auth, job.id)).status).toBe('committed')
      const dwellings = await t().db.prisma.dwelling.findMany({
        where: { committeeId: committee.id },
        include: { households: { include: { members: true } } },
      })
      expect(dwellings.map((d) => d.address)).toEqual(['胜利路7号楼1单元201室'])
      expect(dwellings[0]!.households.flatMap((h) => h.members)).toHaveLength(2)
    },
  )

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
    const notes = await errorReportNotes(report.rawPayload)
    expect(notes.get(rowOf(4))).toMatch(/^\[与户主关系\] 提醒：/)
    expect(notes.get(rowOf(6))).toMatch(/^\[与户主关系\] 提醒：/)
    expect(notes.get(rowOf(1))).toBe('')

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

describe('a foreigner with the older permanent-residence card in the ledger', () => {
  it('takes the sex from the 性别 column, and asks for it on the row where it is blank', async () => {
    const { committee, auth, upload } = await setup()
    const head = testIdNumber({ birthDate: '1970-02-03', male: true })
    const yymmdd = `7${Math.floor(Math.random() * 10)}0415`
    const spouse = `CAN3100${yymmdd}${String(Math.floor(Math.random() * 100)).padStart(2, '0')}`
    const layout = (spouseSex: string | null) => ({
      preamble: ['永兴社区以房管人台账'],
      header: [
        ['序号', '姓名', '性别', '公民身份号码', '与户主关系', '街路', '楼号', '单元', '户室号'],
      ],
      rows: [
        [1, '周伟', '男', head, '户主', '胜利路', '8号楼', '1单元', '301室'],
        [2, 'Mary Brown', spouseSex, spouse, '妻', '胜利路', '8号楼', '1单元', '301室'],
      ],
    })
    const blank = await upload(layout(null))
    expect(blank.problems).toEqual([
      expect.objectContaining({ rowNumber: 4, field: 'sex', code: 'sex_required' }),
    ])
    const job = await upload(layout('女性'))
    expect(job.problems).toEqual([])
    await postJob(t().app, auth, job.id, 'commit', { mode: 'all_or_nothing' })
    expect((await settledJob(t().app, auth, job.id)).status).toBe('committed')
    const registered = await t().db.prisma.resident.findFirstOrThrow({
      where: { committeeId: committee.id, name: 'Mary Brown' },
    })
    expect(registered).toMatchObject({
      sex: '2',
      idKind: 'foreign_permanent',
      idNumberMasked: `${spouse.slice(0, 6)}*****${spouse.slice(-4)}`,
    })
    expect(registered.birthDate.toISOString().slice(0, 10)).toBe(`19${yymmdd.slice(0, 2)}-04-15`)
  })
})
