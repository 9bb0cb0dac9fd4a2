import { describe, expect, it } from 'vitest'
import { seedCoBuildingUnit, seedCommittee, seedUser } from '../../test/factories.ts'
import { figureReader } from '../../test/figures.ts'
import { postJob, settledJob, uploadLedger } from '../../test/imports.ts'
import { ledgerWorkbook, type TLedgerLayout } from '../../test/ledger-workbook.ts'
import { signIn } from '../../test/sign-in.ts'
import { useTestApp } from '../../test/test-app.ts'

/**
 * The co-building units ledger (共建单位台账) as a 党工委 keeps it: a title, a 填报单位 row, a
 * serial column headed No., and the unit, its party branch, when the agreement was signed and
 * what it covers, headed as that office heads them (issue 11 §1).
 */

const t = useTestApp()
const { expectFigure } = figureReader(t)

const layout = (
  header: readonly string[],
  rows: (string | number | Date | null)[][],
): TLedgerLayout => ({
  sheetName: '共建单位',
  preamble: [
    '永兴社区党工委共建单位台账',
    '填报单位：永兴社区党工委　　　　　填报日期：2024年12月',
  ],
  header: [header],
  rows,
})

const header = [
  'No.',
  '驻区单位名称',
  '党组织名称',
  '签约时间',
  '协议到期',
  '共建项目',
  '负责人',
  '联系方式',
  '备注',
]

const upload = async (auth: Record<string, string>, content: Buffer) => {
  const created = await uploadLedger(
    t().app,
    auth,
    { name: '共建单位台账.xlsx', content },
    { type: 'co-building-units' },
  )
  return created
}

/** Co-building units are kept by party administrators (`party:admin`). */
const partyAdmin = async () => {
  const user = await seedUser(t().db.prisma, { role: 'admin' })
  return signIn(t().app, user.username)
}

describe('importing the co-building units ledger (共建单位台账)', () => {
  it('creates units with their agreements, leaves a known unit as it is, and undoes', async () => {
    const auth = await partyAdmin()
    const db = t().db.prisma
    await seedCoBuildingUnit(db, { name: '垦利区税务局', partyBranchName: '税务局机关党支部' })
    const content = await ledgerWorkbook(
      layout(header, [
        [
          1,
          '垦利区人民医院',
          '人民医院第二党支部',
          new Date('2024-03-01T00:00:00Z'),
          '2026年2月28日',
          '每季度义诊一次；结对帮扶困难党员',
          '刘主任',
          '0546-2512345',
          null,
        ],
        [
          2,
          '垦利区实验小学',
          '实验小学党支部',
          '2024.9.1',
          null,
          '共建“四点半课堂”',
          null,
          null,
          '无期限',
        ],
        [
          3,
          '垦利区税务局',
          '税务局机关党支部',
          '2023-05-04',
          null,
          '税法宣传进社区',
          null,
          null,
          null,
        ],
      ]),
    )
    const created = await upload(auth, content)
    expect(created.statusCode, created.body).toBe(202)
    const job = await settledJob(t().app, auth, created.json().id)
    expect(job.error).toBeNull()
    expect(job.columns.map((c) => [c.header, c.field, c.source])).toEqual([
      ['No.', null, 'ignored'],
      ['驻区单位名称', 'name', 'synonym'],
      ['党组织名称', 'partyBranchName', 'synonym'],
      ['签约时间', 'signedOn', 'synonym'],
      ['协议到期', 'termEnd', 'synonym'],
      ['共建项目', 'commitments', 'synonym'],
      ['负责人', 'contactName', 'synonym'],
      ['联系方式', 'contactPhone', 'synonym'],
      ['备注', 'notes', 'synonym'],
    ])
    expect(job.problems).toEqual([])
    expect(job.counts).toMatchObject({ rows: 3, valid: 3, created: 2, skipped: 1 })
    expect(await db.coBuildingUnit.count()).toBe(1)

    await postJob(t().app, auth, job.id, 'commit')
    expect((await settledJob(t().app, auth, job.id)).status).toBe('committed')
    // The year's figures (the annual report's 共驻共建) are the ledger's: the two new units and
    // their agreements in force at the end of 2024; the known unit's row was skipped.
    const year = { asOf: '2024-12-31', from: '2024-01-01' }
    await expectFigure(auth, 'co-building.units', year, { value: 2 })
    await expectFigure(auth, 'co-building.agreements', year, { value: 2 })
    const units = await db.coBuildingUnit.findMany({
      include: { agreements: true },
      orderBy: { name: 'asc' },
    })
    const hospital = units.find((u) => u.name === '垦利区人民医院')!
    expect(hospital).toMatchObject({
      partyBranchName: '人民医院第二党支部',
      contactName: '刘主任',
      contactPhone: '0546-2512345',
    })
    expect(hospital.agreements).toMatchObject([
      {
        signedOn: new Date('2024-03-01T00:00:00Z'),
        termEnd: new Date('2026-02-28T00:00:00Z'),
        commitments: '每季度义诊一次；结对帮扶困难党员',
      },
    ])
    const school = units.find((u) => u.name === '垦利区实验小学')!
    expect(school).toMatchObject({ notes: '无期限' })
    expect(school.agreements).toMatchObject([{ termEnd: null, commitments: '共建“四点半课堂”' }])
    // The known unit is left exactly as it was, agreements included.
    expect(units.find((u) => u.name === '垦利区税务局')!.agreements).toEqual([])
    const audited = await db.auditEvent.findMany({
      where: { entityType: { in: ['co_building_unit', 'co_building_agreement'] } },
    })
    expect(audited.map((a) => [a.entityType, a.action]).sort()).toEqual([
      ['co_building_agreement', 'create'],
      ['co_building_agreement', 'create'],
      ['co_building_unit', 'create'],
      ['co_building_unit', 'create'],
    ])

    const undone = await postJob(t().app, auth, job.id, 'undo')
    expect(undone.statusCode, undone.body).toBe(200)
    expect(await db.coBuildingUnit.count()).toBe(1)
    expect(await db.coBuildingAgreement.count()).toBe(0)
  })

  it('refuses an agreement without its content or ending before it was signed', async () => {
    const auth = await partyAdmin()
    const content = await ledgerWorkbook(
      layout(
        ['序号', '共建单位', '单位党组织', '签订日期', '有效期至', '共建内容'],
        [
          [1, '垦利区供电公司', '供电公司党委', '2024-01-01', null, null],
          [2, '垦利区消防救援大队', null, '2024-06-01', '2023-06-01', '消防安全培训'],
          [3, '垦利区图书馆', null, null, null, null],
        ],
      ),
    )
    const job = await settledJob(t().app, auth, (await upload(auth, content)).json().id)
    expect(job.problems.map((p) => [p.rowNumber, p.field, p.code])).toEqual([
      [4, 'commitments', 'required'],
      [5, 'termEnd', 'date_range_invalid'],
    ])
    expect(job.counts).toMatchObject({ rows: 3, valid: 1, invalid: 2, created: 1 })
  })

  it('is for party administrators only: a clerk may not import it', async () => {
    const committee = await seedCommittee(t().db.prisma)
    const clerk = await seedUser(t().db.prisma, { role: 'clerk', committeeIds: [committee.id] })
    const auth = await signIn(t().app, clerk.username)
    const content = await ledgerWorkbook(
      layout(header, [[1, '某单位', null, null, null, null, null, null, null]]),
    )
    const refused = await upload(auth, content)
    expect(refused.statusCode).toBe(403)
    expect(await t().db.prisma.importJob.count({ where: { createdById: clerk.id } })).toBe(0)
  })
})
