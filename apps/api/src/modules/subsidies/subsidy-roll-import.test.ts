import type { TImportJob } from '@cr/shared/imports/import-job'
import { composeIdNumber } from '@cr/shared/validators/id-number'
import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { apiRequest, type TAuth } from '../../test/api-request.ts'
import {
  seedBuilding,
  seedCommittee,
  seedDwelling,
  seedResident,
  seedUser,
} from '../../test/factories.ts'
import { figureReader } from '../../test/figures.ts'
import { postJob, settledJob, uploadLedger } from '../../test/imports.ts'
import { ledgerWorkbook } from '../../test/ledger-workbook.ts'
import { signIn } from '../../test/sign-in.ts'
import { useTestApp } from '../../test/test-app.ts'

/**
 * The 低保 roll (issue 14 §10) as a 社区 keeps it: a title and a 填报 row, headers as offices write
 * them (户主, 公民身份号码, 保障人口, units in brackets), full-width digits, dates as 2026.3.2,
 * 2026年1月15日 and an Excel serial, amounts as '1,000.00', a 合计 row. Every row becomes a case in
 * payment, and what the API then counts — households in payment, covered people, the month's
 * roll — is the 合计 row exactly.
 */

const t = useTestApp()
const api = apiRequest(t)
const { expectFigure } = figureReader(t)

/** The people of a test, by the region their ID numbers carry (one identity per number). */
const idsOf = (region: string) => ({
  zhang: composeIdNumber(region, '1956-04-02', 31),
  zhangSon: composeIdNumber(region, '1984-07-09', 13),
  li: composeIdNumber(region, '1949-11-20', 22),
  wang: composeIdNumber(region, '1951-02-14', 51),
  wangWife: composeIdNumber(region, '1953-05-05', 62),
  wangGrandson: composeIdNumber(region, '2012-09-09', 71),
  zhao: composeIdNumber(region, '1960-10-10', 81),
})
type TIds = ReturnType<typeof idsOf>

const header = [
  '序号',
  '社区',
  '户主',
  '公民身份号码',
  '家庭住址',
  '保障人口',
  '家庭月人均收入（元）',
  '月低保金（元）',
  '审批日期',
  '困难类型',
  '低保证号',
]

type TCellValue = string | number | Date | null

/** Four households: 2 + 1 + 2 + 1 = 6 covered people, 1000 + 800 + 650 + 560 = 3010 元. */
const rows = (ids: TIds, name: string, totals: TCellValue[]): TCellValue[][] => [
  [
    1,
    name,
    '张桂兰',
    ids.zhang,
    '永兴路3号楼1单元101',
    2,
    300,
    '1,000.00',
    '2026.3.2',
    '因病',
    '低保001',
  ],
  [
    2,
    `${name}居委会`,
    '李淑珍',
    ids.li,
    '永兴路3号楼1单元102',
    '１',
    '0',
    '８００',
    '2026年1月15日',
    '年老体弱',
    '低保002',
  ],
  // 800 − 460 would give 2 × 300 = 600 by the 2025 standard of 760: the roll says 650.
  [
    3,
    null,
    '王德福',
    ids.wang,
    '永兴路3号楼1单元201',
    '2人',
    '460.00',
    '６５０．００',
    45818,
    '残疾',
    '低保003',
  ],
  [
    4,
    name,
    '赵平',
    ids.zhao,
    '永兴路3号楼1单元202',
    1,
    200,
    560,
    '2025.2.1',
    '下岗失业',
    '低保004',
  ],
  totals,
]

const roll = (ids: TIds, name: string, totals: TCellValue[]) =>
  ledgerWorkbook({
    preamble: [
      '永兴社区城市居民最低生活保障对象花名册',
      '填报单位：永兴社区居委会　　填报人：刘敏　　填报日期：2026年11月30日',
    ],
    header: [header],
    rows: rows(ids, name, totals),
    footer: ['制表人：刘敏　　审核人：王芳'],
  })

const rightTotals: TCellValue[] = ['合计', null, '4户', null, null, 6, null, '3,010.00']

const importRoll = async (auth: TAuth, content: Buffer, options: Record<string, unknown> = {}) => {
  const created = await uploadLedger(
    t().app,
    auth,
    { name: '低保花名册.xlsx', content },
    { type: 'subsidy-cases', ...options },
  )
  expect(created.statusCode, created.body).toBe(202)
  return settledJob(t().app, auth, created.json().id)
}

const run = async (auth: TAuth, job: TImportJob, action: 'commit' | 'validate') => {
  const response = await postJob(t().app, auth, job.id, action, {})
  expect(response.statusCode, response.body).toBe(202)
  return settledJob(t().app, auth, job.id)
}

const problemsOf = (job: TImportJob) =>
  job.problems
    .map((p) => [p.rowNumber, p.field, p.code, p.severity] as const)
    .sort(
      (a, b) =>
        a[0] - b[0] ||
        String(a[2]).localeCompare(String(b[2])) ||
        String(a[1]).localeCompare(String(b[1])),
    )

/** 永兴社区 with its clerk, the standards of 2025 (760 元) and 2026 (800 元), three households. */
const setup = async (name: string, region: string) => {
  const db = t().db.prisma
  const cipher = t().app.cipher
  const ids = idsOf(region)
  const committee = await seedCommittee(db, { name })
  const clerk = await signIn(
    t().app,
    (await seedUser(db, { role: 'clerk', committeeIds: [committee.id] })).username,
  )
  const admin = await signIn(t().app, (await seedUser(db, { role: 'admin' })).username)
  for (const [month, standardFen] of [
    ['2025-01', 76_000],
    ['2026-01', 80_000],
  ] as const)
    expect(
      (await api(admin, 'PUT', `/subsidy-standards/${month}`, { standardFen, floorFen: 0 }))
        .statusCode,
    ).toBe(200)
  const building = await seedBuilding(db, {
    committeeId: committee.id,
    street: '永兴路',
    buildingNumber: '3号楼',
  })
  const person = (name: string, idNumber: string) =>
    seedResident(db, cipher, { committeeId: committee.id, name, idNumber })
  const household = async (room: string, head: { id: string }, others: { id: string }[]) => {
    const dwelling = await seedDwelling(db, { buildingId: building.id, unit: '1', room })
    const answer = await api(clerk, 'POST', '/households', {
      dwellingId: dwelling.id,
      headResidentId: head.id,
      members: others.map((m) => ({ residentId: m.id, relationship: '20' })),
      movedInOn: '2010-03-01',
    })
    expect(answer.statusCode, answer.body).toBe(201)
    return answer.json().id as string
  }
  await household('101', await person('张桂兰', ids.zhang), [await person('张强', ids.zhangSon)])
  await household('102', await person('李淑珍', ids.li), [])
  await household('201', await person('王德福', ids.wang), [
    await person('刘秀梅', ids.wangWife),
    await person('王小宝', ids.wangGrandson),
  ])
  return { db, committee, clerk, household, person, ids }
}

describe('importing the 低保 roll (低保花名册)', () => {
  it('makes exact cases in payment whose figures are the 合计 row, idempotently, and undoes', async () => {
    const { db, committee, clerk, household, person, ids } = await setup('永兴社区', '370521')
    const file = await roll(ids, '永兴社区', rightTotals)
    const check = await importRoll(clerk, file)
    expect(check.error).toBeNull()
    expect(check.columns.map((c) => [c.header, c.field])).toEqual([
      ['序号', null],
      ['社区', 'committee'],
      ['户主', 'name'],
      ['公民身份号码', 'idNumber'],
      ['家庭住址', 'homeAddress'],
      ['保障人口', 'coveredPeople'],
      ['家庭月人均收入（元）', 'perCapitaIncome'],
      ['月低保金（元）', 'monthlyAmount'],
      ['审批日期', 'approvedOn'],
      ['困难类型', 'hardshipReason'],
      ['低保证号', 'certificateNumber'],
    ])
    // Rows 4 to 7 (title, 填报 row, header above); the 合计 row agrees with them.
    expect(problemsOf(check)).toEqual([
      [6, 'monthlyAmount', 'subsidy_roll_amount_differs', 'warning'],
      [7, 'idNumber', 'subsidy_roll_head_unknown', 'error'],
    ])
    expect(check.problems.find((p) => p.rowNumber === 6)!.message).toBe(
      '按 2025-06 的低保标准 760.00 元计算应为 600.00 元，表中为 650.00 元；按表中金额导入（仍会导入）',
    )
    expect(check.problems.find((p) => p.rowNumber === 7)!.message).toContain('户主赵平（370521')
    expect(check.counts).toMatchObject({ rows: 4, valid: 3, invalid: 1, created: 3 })
    expect(check.warningCount).toBe(1)
    expect(await db.subsidyCase.count()).toBe(0)

    // The clerk registers 赵平's household, checks again and imports: every row goes in.
    await household('202', await person('赵平', ids.zhao), [])
    const rechecked = await run(clerk, check, 'validate')
    expect(problemsOf(rechecked)).toEqual([
      [6, 'monthlyAmount', 'subsidy_roll_amount_differs', 'warning'],
    ])
    const committed = await run(clerk, rechecked, 'commit')
    expect(committed.status).toBe('committed')
    expect(committed.counts).toMatchObject({ rows: 4, valid: 4, created: 4, skipped: 0 })

    const cases = await db.subsidyCase.findMany({
      include: {
        applicant: true,
        members: { include: { resident: true } },
        amounts: true,
        events: { orderBy: { step: 'asc' } },
      },
      orderBy: { certificateNumber: 'asc' },
    })
    expect(
      cases.map((c) => [
        c.certificateNumber,
        c.applicant.name,
        c.stage,
        c.committeeId === committee.id,
        c.approvedOn?.toISOString().slice(0, 10),
        c.hardshipReason,
        c.members
          .filter((m) => m.covered)
          .map((m) => m.resident.name)
          .sort(),
        c.members.length,
        c.members.map((m) => m.otherFen),
        c.amounts.map((a) => [a.fromMonth, a.amountFen, a.kind]),
        c.events.map((e) => e.step),
      ]),
    ).toEqual([
      [
        '低保001',
        '张桂兰',
        'in_payment',
        true,
        '2026-03-02',
        'illness',
        ['张强', '张桂兰'],
        2,
        [30_000, 30_000],
        [['2026-03', 100_000, 'approved']],
        ['apply', 'approve'],
      ],
      [
        '低保002',
        '李淑珍',
        'in_payment',
        true,
        '2026-01-15',
        'elderly',
        ['李淑珍'],
        1,
        [0],
        [['2026-01', 80_000, 'approved']],
        ['apply', 'approve'],
      ],
      // The head first, then by the day they joined: 2 of the 3 covered.
      [
        '低保003',
        '王德福',
        'in_payment',
        true,
        '2025-06-10',
        'disability',
        expect.arrayContaining(['王德福']),
        3,
        [46_000, 46_000, 46_000],
        [['2025-06', 65_000, 'approved']],
        ['apply', 'approve'],
      ],
      [
        '低保004',
        '赵平',
        'in_payment',
        true,
        '2025-02-01',
        'unemployed',
        ['赵平'],
        1,
        [20_000],
        [['2025-02', 56_000, 'approved']],
        ['apply', 'approve'],
      ],
    ])
    expect(cases[2]!.members.filter((m) => m.covered)).toHaveLength(2)
    // The office's figures (the annual report's 社会保障) are the roll's: the households in
    // payment and the people covered, on each day by the approvals' dates.
    await expectFigure(clerk, 'subsidies.households', { asOf: '2026-11-30' }, { value: 4 })
    await expectFigure(clerk, 'subsidies.people', { asOf: '2026-11-30' }, { value: 6 })
    await expectFigure(clerk, 'subsidies.households', { asOf: '2025-12-31' }, { value: 2 })
    await expectFigure(clerk, 'subsidies.people', { asOf: '2025-12-31' }, { value: 3 })

    // The case page shows the roll's amount as approved, and what the standard would give.
    const wang = (await api(clerk, 'GET', `/subsidy-cases/${cases[2]!.id}`)).json()
    expect(wang).toMatchObject({ monthlyAmountFen: 65_000, coveredPeople: 2 })
    expect(wang.computed).toMatchObject({ perCapitaIncomeFen: 46_000, amountFen: 68_000 })

    // Imported again: every household has its case; nothing changes.
    const again = await importRoll(clerk, file)
    expect(problemsOf(again)).toEqual([
      [6, 'monthlyAmount', 'subsidy_roll_amount_differs', 'warning'],
    ])
    const againCommitted = await run(clerk, again, 'commit')
    expect(againCommitted.counts).toMatchObject({ valid: 4, created: 0, skipped: 4 })
    expect(await db.subsidyCase.count()).toBe(4)

    // Undo takes the cases back, with their members, events and amounts.
    const undone = await postJob(t().app, clerk, committed.id, 'undo')
    expect(undone.statusCode, undone.body).toBe(200)
    expect(await db.subsidyCase.count()).toBe(0)
    expect(await db.subsidyAmountPeriod.count()).toBe(0)
    expect(await db.subsidyCaseMember.count()).toBe(0)

    // Imported once more, straight away: the API's figures are the 合计 row's.
    const final = await importRoll(clerk, file, { dryRun: false })
    expect(final.status).toBe('committed')
    const inPayment = await api(clerk, 'GET', '/subsidy-cases?stage=in_payment&limit=100')
    expect(inPayment.statusCode, inPayment.body).toBe(200)
    expect(inPayment.json().total).toBe(4)
    expect(
      inPayment
        .json()
        .items.reduce((s: number, c: { coveredPeople: number }) => s + c.coveredPeople, 0),
    ).toBe(6)
    const generated = await api(clerk, 'POST', '/subsidy-payouts', {
      committeeId: committee.id,
      month: '2026-11',
    })
    expect(generated.statusCode, generated.body).toBe(201)
    const summary = await api(clerk, 'GET', '/subsidy-payouts/summary?month=2026-11')
    expect(summary.statusCode, summary.body).toBe(200)
    expect(summary.json().total).toMatchObject({
      cases: 4,
      coveredPeople: 6,
      amountFen: 301_000,
      totalFen: 301_000,
    })

    // The list's export is the roll again, headed as the import reads it.
    const exported = await api(clerk, 'GET', '/subsidy-cases/export?format=csv&sort=appliedOn')
    expect(exported.statusCode, exported.body).toBe(200)
    const lines = exported.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n')
    expect(lines[0]).toBe(
      '居委会,户主姓名,家庭住址,保障人数,家庭月人均收入（元）,月保障金额（元）,批准时间,致贫原因,低保证号,办理环节,复核类别,下次复核日期,帮扶人',
    )
    expect(lines[1]).toMatch(
      /^永兴社区,赵平,永兴路3号楼1单元202室,1,200,560,2025-02-01,下岗失业,低保004,保障中,/,
    )

    // A roll now refers to the cases: the import can no longer be undone.
    expect((await postJob(t().app, clerk, final.id, 'undo')).statusCode).toBe(409)
  })

  it('warns when the 合计 row disagrees with the rows, and refuses covered people the household lacks', async () => {
    const { clerk, household, person, ids } = await setup('胜利社区', '370522')
    await household('202', await person('赵平', ids.zhao), [])
    const wrong = await roll(ids, '胜利社区', [
      '合计',
      null,
      '5户',
      null,
      null,
      7,
      null,
      '3,100.00',
    ])
    const check = await importRoll(clerk, wrong)
    expect(problemsOf(check)).toEqual([
      [6, 'monthlyAmount', 'subsidy_roll_amount_differs', 'warning'],
      [8, 'coveredPeople', 'subsidy_roll_total_mismatch', 'warning'],
      [8, 'monthlyAmount', 'subsidy_roll_total_mismatch', 'warning'],
      [8, null, 'subsidy_roll_total_mismatch', 'warning'],
    ])
    expect(check.problems.filter((p) => p.rowNumber === 8).map((p) => p.message)).toEqual(
      expect.arrayContaining([
        '合计行的月保障金额为 3,100.00 元，各行之和为 3,010.00 元（无法读出的行不计）',
      ]),
    )
    expect(check.counts).toMatchObject({ rows: 4, valid: 4, created: 4 })

    // The template: one form of each column, the required ones marked; filled in, it imports.
    const response = await api(clerk, 'GET', '/import-templates/subsidy-cases')
    expect(response.statusCode).toBe(200)
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(response.rawPayload as unknown as ExcelJS.Buffer)
    const sheet = workbook.worksheets[0]!
    const headers = (sheet.getRow(1).values as unknown[]).slice(1).map(String)
    expect(headers).toEqual([
      '居委会',
      '*户主姓名',
      '*身份证号',
      '家庭住址',
      '*保障人数',
      '*家庭月人均收入（元）',
      '*月保障金额（元）',
      '*批准时间',
      '致贫原因',
      '低保证号',
      '备注',
    ])
    const filled: Record<string, string | number> = {
      '*户主姓名': '张桂兰',
      '*身份证号': ids.zhang,
      '*保障人数': 2,
      '*家庭月人均收入（元）': 300,
      '*月保障金额（元）': 1000,
      '*批准时间': '2026-03-02',
      致贫原因: '因病致贫',
    }
    for (const [header, value] of Object.entries(filled))
      sheet.getRow(3).getCell(headers.indexOf(header) + 1).value = value
    const fromTemplate = await importRoll(clerk, Buffer.from(await workbook.xlsx.writeBuffer()))
    expect(fromTemplate.error).toBeNull()
    expect(fromTemplate.problems).toEqual([])
    expect(fromTemplate.counts).toMatchObject({ rows: 1, valid: 1, created: 1 })

    // 李淑珍 lives alone: two covered people cannot be hers; a committee out of scope is unknown.
    const bad = await ledgerWorkbook({
      preamble: [],
      header: [header],
      rows: [
        [1, '胜利社区', '李淑珍', ids.li, null, 2, 0, 1600, '2026.1.15', null, null],
        [2, '永兴社区', '张桂兰', ids.zhang, null, 2, 300, 1000, '2026.3.2', null, null],
        [3, '胜利社区', '王德福', ids.wang, null, 2, 460, 680, '2026.12.15', null, null],
      ],
    })
    const refused = await importRoll(clerk, bad)
    expect(problemsOf(refused)).toEqual([
      [2, 'coveredPeople', 'subsidy_roll_covered_exceeds', 'error'],
      [3, 'committee', 'committee_unknown', 'error'],
      [4, 'approvedOn', 'subsidy_roll_approved_in_future', 'error'],
    ])
  })
})
