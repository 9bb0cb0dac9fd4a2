import { composeIdNumber } from '@cr/shared/validators/id-number'
import ExcelJS from 'exceljs'
import type { TImportJob } from '@cr/shared/imports/import-job'
import { describe, expect, it } from 'vitest'
import { apiRequest } from '../../test/api-request.ts'
import {
  seedBuilding,
  seedCommittee,
  seedDwelling,
  seedRentalContract,
  seedRentalProperty,
  seedResident,
  seedUser,
} from '../../test/factories.ts'
import { figureReader } from '../../test/figures.ts'
import { postJob, settledJob, uploadLedger } from '../../test/imports.ts'
import { ledgerWorkbook, type TLedgerLayout } from '../../test/ledger-workbook.ts'
import { signIn } from '../../test/sign-in.ts'
import { useTestApp } from '../../test/test-app.ts'

/**
 * The two rental ledgers (issue 13 §10) as offices keep them: a title and a 填报 row above the
 * header, columns headed as 派出所 and 社区 ledgers head them (保证书编号, 房屋坐落, 房主, 来由,
 * 暂住处所…), one-cell addresses with full-width digits and dashes, dates as 2024.1.1,
 * 2024年1月1日, 2024/01/01 and Excel serials, a 合计 row at the end — and no 居委会 column: rows
 * are placed by the contract they name or the building their address names.
 */

const t = useTestApp()
const api = apiRequest(t)
const { expectFigure } = figureReader(t)

const layout = (
  title: string,
  header: readonly string[],
  rows: (string | number | Date | null)[][],
  footer: string,
): TLedgerLayout => ({
  preamble: [title, '填报单位：永兴社区居委会　　　　填报人：张三　　　　填报日期：2024年12月31日'],
  header: [header],
  rows,
  footer: [footer],
})

const landlordId = composeIdNumber('370521', '1968-05-12', 31)
const knownLandlordId = composeIdNumber('370521', '1972-09-01', 42)

const contractHeader = [
  '序号',
  '保证书编号',
  '房屋坐落',
  '房主',
  '身份证号码',
  '联系电话',
  '用途',
  '月租金（元）',
  '租赁起止',
  '签约日期',
]

const contractRows = (): (string | number | Date | null)[][] => [
  [
    1,
    'YX-2024-001',
    '永兴路3号楼2单元301',
    '王建国',
    landlordId,
    '13800001111',
    '居住',
    1500,
    '2024.1.1-2024.12.31',
    '2024年1月1日',
  ],
  [
    2,
    'YX-2024-002',
    '永兴路３号楼２单元３０２',
    '李秀英',
    knownLandlordId,
    null,
    '门市',
    '2,000元',
    '2024/01/01－2025/06/30',
    45292,
  ],
  [
    3,
    'YX-2024-003',
    '永兴路3-1-101',
    '王建国',
    landlordId,
    null,
    null,
    '800',
    '2024年3月1日至2025年2月28日',
    null,
  ],
  [
    4,
    'YX-2024-004',
    '永兴路9号楼1单元101',
    '孙丽',
    composeIdNumber('370521', '1980-01-01', 22),
    null,
    '居住',
    600,
    '2024.1.1-2024.12.31',
    '2024.1.1',
  ],
  [
    5,
    'YX-2024-005',
    '永兴路三号楼201',
    '周平',
    composeIdNumber('370521', '1981-02-02', 11),
    null,
    '居住',
    600,
    '2024.1.1',
    '2024.1.1',
  ],
]

const tenantHeader = [
  '序号',
  '姓名',
  '性别',
  '公民身份号码',
  '出生日期',
  '户籍地址',
  '暂住处所',
  '来由',
  '登记时间',
  '来本地日期',
  '保证书编号',
  '联系电话',
]

const liuId = composeIdNumber('420102', '1996-04-02', 57)
const chenId = composeIdNumber('510104', '1999-08-15', 22)

const tenantRows = (): (string | number | Date | null)[][] => [
  [
    1,
    '刘洋',
    '男',
    liuId,
    '1996.4.2',
    null,
    null,
    '务工',
    '2024.2.1',
    '2024.1.30',
    'YX-2024-001',
    '13700001111',
  ],
  [
    2,
    '陈静',
    '女',
    chenId,
    new Date('1999-08-15T00:00:00Z'),
    '四川省成都市锦江区春熙路1号',
    '永兴路３号楼２单元３０２',
    '投亲靠友',
    '2024年3月5日',
    null,
    null,
    null,
  ],
  // The landlord of YX-2024-001, known as living elsewhere, now lives at 3-1-101: set here.
  [3, '王建国', '男', landlordId, null, null, '永兴路3-1-101', '经商', 45361, null, null, null],
  [
    4,
    '周敏',
    '女',
    composeIdNumber('130102', '2000-01-01', 44),
    null,
    null,
    null,
    '务工',
    '2024.3.1',
    null,
    'YX-2099-999',
    null,
  ],
  [
    5,
    '吴刚',
    '男',
    composeIdNumber('130102', '1990-06-06', 33),
    null,
    null,
    '胜利路8号楼1单元101',
    '务工',
    '2024.3.1',
    null,
    null,
    null,
  ],
  [
    6,
    '郑红',
    '女',
    composeIdNumber('130102', '1991-07-07', 24),
    null,
    null,
    '永兴路3号楼2单元301',
    '旅游',
    null,
    null,
    null,
    null,
  ],
]

type TAuth = Record<string, string>

const importLedger = async (
  auth: TAuth,
  type: 'rental-contracts' | 'temporary-residents',
  content: Buffer,
  options: Record<string, unknown> = {},
) => {
  const created = await uploadLedger(
    t().app,
    auth,
    { name: `${type}.xlsx`, content },
    { type, ...options },
  )
  expect(created.statusCode, created.body).toBe(202)
  return settledJob(t().app, auth, created.json().id)
}

const commit = async (auth: TAuth, job: TImportJob, payload = {}) => {
  const response = await postJob(t().app, auth, job.id, 'commit', payload)
  expect(response.statusCode, response.body).toBe(202)
  return settledJob(t().app, auth, job.id)
}

const problemsOf = (job: TImportJob) =>
  job.problems.map((p) => [p.rowNumber, p.field, p.code, p.column?.header ?? null])

const totalOf = async (auth: TAuth, path: string) => {
  const response = await api(auth, 'GET', path)
  expect(response.statusCode, response.body).toBe(200)
  return response.json().total as number
}

/** 永兴社区 with building 永兴路3号楼 and its dwelling 2-301, its clerk, a known landlord. */
const setup = async (name = '永兴社区', knownId = knownLandlordId) => {
  const db = t().db.prisma
  const committee = await seedCommittee(db, { name })
  const clerk = await seedUser(db, { role: 'clerk', committeeIds: [committee.id] })
  const auth = await signIn(t().app, clerk.username)
  const building = await seedBuilding(db, {
    committeeId: committee.id,
    street: '永兴路',
    buildingNumber: '3号楼',
  })
  const dwelling = await seedDwelling(db, { buildingId: building.id, unit: '2', room: '301' })
  const known = await seedResident(db, t().app.cipher, {
    committeeId: committee.id,
    name: '李秀英',
    idNumber: knownId,
  })
  return { db, committee, auth, building, dwelling, known }
}

describe('importing the rental ledgers (出租房屋治安责任书台账, 暂住人口登记台账)', () => {
  it('imports contracts and tenants placed without a 居委会 column, exactly, idempotently, and undoes', async () => {
    const { db, committee, auth, building, dwelling, known } = await setup()
    const contracts = await ledgerWorkbook(
      layout('永兴社区出租房屋治安责任保证书登记台账', contractHeader, contractRows(), '合计：5户'),
    )
    const check = await importLedger(auth, 'rental-contracts', contracts)
    expect(check.error).toBeNull()
    expect(check.columns.map((c) => [c.header, c.field])).toEqual([
      ['序号', null],
      ['保证书编号', 'number'],
      ['房屋坐落', 'address'],
      ['房主', 'name'],
      ['身份证号码', 'idNumber'],
      ['联系电话', 'phone'],
      ['用途', 'use'],
      ['月租金（元）', 'monthlyRent'],
      ['租赁起止', 'leasePeriod'],
      ['签约日期', 'signedOn'],
    ])
    // Rows 4 to 8 of the sheet (title, 填报 row, header above); the 合计 row is not data.
    expect(problemsOf(check)).toEqual([
      [7, 'address', 'rental_address_unplaced', '房屋坐落'],
      [8, 'leasePeriod', 'period_invalid', '租赁起止'],
      [8, 'address', 'address_unparsed', '房屋坐落'],
    ])
    expect(check.counts).toMatchObject({ rows: 5, valid: 3, created: 3, skipped: 0 })
    expect(await db.rentalContract.count()).toBe(0)

    const committed = await commit(auth, check, { mode: 'skip_invalid' })
    expect(committed.status).toBe('committed')
    const rows = await db.rentalContract.findMany({
      include: { property: { include: { dwelling: true, landlord: true } } },
      orderBy: { number: 'asc' },
    })
    expect(
      rows.map((c) => [
        c.number,
        c.property.dwelling.address,
        c.property.landlord.name,
        c.property.use,
        c.monthlyRent?.toString(),
        c.signedOn.toISOString().slice(0, 10),
        c.leaseStartsOn.toISOString().slice(0, 10),
        c.leaseEndsOn.toISOString().slice(0, 10),
      ]),
    ).toEqual([
      [
        'YX-2024-001',
        dwelling.address,
        '王建国',
        'residential',
        '1500',
        '2024-01-01',
        '2024-01-01',
        '2024-12-31',
      ],
      [
        'YX-2024-002',
        '永兴路3号楼2单元302室',
        '李秀英',
        'business',
        '2000',
        '2024-01-01',
        '2024-01-01',
        '2025-06-30',
      ],
      [
        'YX-2024-003',
        '永兴路3号楼1单元101室',
        '王建国',
        'residential',
        '800',
        '2024-03-01',
        '2024-03-01',
        '2025-02-28',
      ],
    ])
    // The known building is reused, its dwelling too; two dwellings are created in it.
    expect(rows[0]!.property.dwellingId).toBe(dwelling.id)
    expect(new Set(rows.map((c) => c.property.dwelling.buildingId))).toEqual(new Set([building.id]))
    expect(new Set(rows.map((c) => c.committeeId))).toEqual(new Set([committee.id]))
    // One person per landlord: the known one reused, the new one registered as living elsewhere.
    expect(rows[1]!.property.landlordResidentId).toBe(known.id)
    expect(rows[0]!.property.landlordResidentId).toBe(rows[2]!.property.landlordResidentId)
    expect(rows[0]!.property.landlord).toMatchObject({
      residence: 'elsewhere',
      committeeId: committee.id,
    })
    expect(await db.resident.count({ where: { name: '王建国' } })).toBe(1)
    expect(await totalOf(auth, '/rental-contracts')).toBe(3)
    expect(await totalOf(auth, '/rental-properties')).toBe(3)

    // Imported again: every contract is known, nothing changes.
    const again = await importLedger(auth, 'rental-contracts', contracts)
    expect(again.counts).toMatchObject({ valid: 3, created: 0, skipped: 3 })
    const againCommitted = await commit(auth, again, { mode: 'skip_invalid' })
    expect(againCommitted.counts).toMatchObject({ created: 0, skipped: 3 })
    expect(await totalOf(auth, '/rental-contracts')).toBe(3)

    // The temporary residents who live under them.
    const tenants = await ledgerWorkbook(
      layout('永兴社区暂住人口登记台账', tenantHeader, tenantRows(), '合计：6人'),
    )
    const tenantCheck = await importLedger(auth, 'temporary-residents', tenants)
    expect(tenantCheck.error).toBeNull()
    expect(tenantCheck.columns.map((c) => [c.header, c.field])).toEqual([
      ['序号', null],
      ['姓名', 'name'],
      ['性别', 'sex'],
      ['公民身份号码', 'idNumber'],
      ['出生日期', 'birthDate'],
      ['户籍地址', 'householdRegion'],
      ['暂住处所', 'address'],
      ['来由', 'reason'],
      ['登记时间', 'declaredOn'],
      ['来本地日期', 'movedInOn'],
      ['保证书编号', 'contractNumber'],
      ['联系电话', 'phone'],
    ])
    expect(problemsOf(tenantCheck)).toEqual([
      [7, 'contractNumber', 'rental_contract_number_unknown', '保证书编号'],
      [8, 'address', 'rental_address_unplaced', '暂住处所'],
      [9, 'reason', 'code_unknown', '来由'],
      [9, 'declaredOn', 'required', '登记时间'],
    ])
    expect(tenantCheck.counts).toMatchObject({ rows: 6, created: 3 })
    const tenantJob = await commit(auth, tenantCheck, { mode: 'skip_invalid' })
    expect(tenantJob.status).toBe('committed')
    const registered = await db.temporaryResident.findMany({
      include: {
        resident: true,
        dwelling: true,
        contract: true,
        events: { orderBy: { type: 'asc' } },
      },
      orderBy: { resident: { name: 'asc' } },
    })
    expect(
      registered.map((r) => [
        r.resident.name,
        r.dwelling.address,
        r.lodging,
        r.contract?.number ?? null,
        r.reason,
        r.householdRegion,
        r.movedInOn.toISOString().slice(0, 10),
        r.declaredOn?.toISOString().slice(0, 10),
        r.events.map((e) => [e.type, e.on.toISOString().slice(0, 10)]),
      ]),
    ).toEqual([
      [
        '刘洋',
        dwelling.address,
        'rented',
        'YX-2024-001',
        'work',
        '湖北省武汉市江岸区',
        '2024-01-30',
        '2024-02-01',
        [
          ['moved_in', '2024-01-30'],
          ['registered', '2024-02-01'],
        ],
      ],
      [
        '王建国',
        '永兴路3号楼1单元101室',
        'rented',
        'YX-2024-003',
        'business',
        // 370521 (垦利县) is no longer in GB/T 2260: named by its prefecture.
        '山东省东营市',
        '2024-03-10',
        '2024-03-10',
        [
          ['moved_in', '2024-03-10'],
          ['registered', '2024-03-10'],
        ],
      ],
      [
        '陈静',
        '永兴路3号楼2单元302室',
        'rented',
        'YX-2024-002',
        'family',
        '四川省成都市锦江区春熙路1号',
        '2024-03-05',
        '2024-03-05',
        [
          ['moved_in', '2024-03-05'],
          ['registered', '2024-03-05'],
        ],
      ],
    ])
    const people = new Map(registered.map((r) => [r.resident.name, r.resident]))
    expect(people.get('刘洋')).toMatchObject({ residence: 'here', category: 'temporary' })
    // The landlord known as living elsewhere lives here now; his identity stays.
    expect(people.get('王建国')).toMatchObject({
      residence: 'here',
      id: rows[0]!.property.landlordResidentId,
    })
    expect(await totalOf(auth, '/temporary-residents')).toBe(3)
    const rate = await api(auth, 'GET', '/temporary-residents/registration-rate')
    expect(rate.json().overall).toMatchObject({ registered: 3, pending: 0, rate: 1 })
    // The office's figures for 2024 (the annual report's 出租房屋和暂住人口) are the ledgers':
    // three contracts signed and in force at the year's end (one left by the end of March 2025),
    // three people living under them, each registered on time.
    const year = { asOf: '2024-12-31', from: '2024-01-01' }
    await expectFigure(auth, 'rentals.contracts-signed', year, { value: 3 })
    await expectFigure(auth, 'rentals.contracts', year, { value: 3 })
    await expectFigure(auth, 'rentals.contracts', { asOf: '2025-03-31' }, { value: 1 })
    await expectFigure(auth, 'rentals.temporary-residents', year, { value: 3 })
    await expectFigure(auth, 'rentals.temporary-registered', year, { value: 3 })
    await expectFigure(auth, 'rentals.registration-rate', year, { value: 1000 })

    // Imported again: everyone is registered there already.
    const tenantsAgain = await importLedger(auth, 'temporary-residents', tenants)
    expect(tenantsAgain.counts).toMatchObject({ created: 0, skipped: 3 })
    await commit(auth, tenantsAgain, { mode: 'skip_invalid' })
    expect(await totalOf(auth, '/temporary-residents')).toBe(3)

    // The contracts cannot be taken back while tenants live under them.
    const refused = await postJob(t().app, auth, committed.id, 'undo')
    expect(refused.statusCode, refused.body).toBe(409)
    expect(await totalOf(auth, '/rental-contracts')).toBe(3)

    // Tenants first: registrations gone, new people gone, the landlord living elsewhere again.
    const undoTenants = await postJob(t().app, auth, tenantJob.id, 'undo')
    expect(undoTenants.statusCode, undoTenants.body).toBe(200)
    expect(await totalOf(auth, '/temporary-residents')).toBe(0)
    expect(await db.resident.count({ where: { name: { in: ['刘洋', '陈静'] } } })).toBe(0)
    expect(
      await db.resident.findUniqueOrThrow({ where: { id: people.get('王建国')!.id } }),
    ).toMatchObject({ residence: 'elsewhere' })

    // A contract edited since its import: undo refuses.
    const one = await api(auth, 'GET', `/rental-contracts/${rows[0]!.id}`)
    const edited = await api(
      auth,
      'PATCH',
      `/rental-contracts/${rows[0]!.id}`,
      { monthlyRent: '1600' },
      one.json().version,
    )
    expect(edited.statusCode, edited.body).toBe(200)
    expect((await postJob(t().app, auth, committed.id, 'undo')).statusCode).toBe(409)
    await api(
      auth,
      'PATCH',
      `/rental-contracts/${rows[0]!.id}`,
      { monthlyRent: '1500' },
      edited.json().version,
    )
    // Put back by hand is still a change since (another version): the edit is the clerk's.
    expect((await postJob(t().app, auth, committed.id, 'undo')).statusCode).toBe(409)
  })

  it('undoes a contract ledger as a whole: contracts, properties, landlords and places it created', async () => {
    // Another committee with its own 永兴路3号楼: its clerk's scope places the rows there.
    const knownId = composeIdNumber('370521', '1973-03-03', 42)
    const { db, auth, committee, dwelling, known } = await setup('新华社区', knownId)
    const rows = contractRows()
      .slice(0, 3)
      .map((row) => [row[0]!, `XH-${String(row[1])}`, ...row.slice(2)])
    rows[0]![4] = composeIdNumber('370521', '1969-05-12', 31)
    rows[2]![4] = rows[0]![4]!
    rows[1]![4] = knownId
    const contracts = await ledgerWorkbook(
      layout('出租房屋台账', contractHeader, rows, '合计：3户'),
    )
    const inCommittee = { committeeId: committee.id }
    const job = await commit(auth, await importLedger(auth, 'rental-contracts', contracts))
    expect(job.status).toBe('committed')
    expect(await db.dwelling.count({ where: inCommittee })).toBe(3)
    expect(await db.rentalContract.count({ where: inCommittee })).toBe(3)
    const undone = await postJob(t().app, auth, job.id, 'undo')
    expect(undone.statusCode, undone.body).toBe(200)
    expect(await db.rentalContract.count({ where: inCommittee })).toBe(0)
    expect(await db.rentalProperty.count({ where: inCommittee })).toBe(0)
    expect(await db.resident.findMany({ where: inCommittee, select: { id: true } })).toEqual([
      { id: known.id },
    ])
    expect(await db.dwelling.findMany({ where: inCommittee, select: { id: true } })).toEqual([
      { id: dwelling.id },
    ])
  })

  it('reads the templates it gives, a 居委会 column and split address columns', async () => {
    const { db, committee, auth } = await setup(
      '胜利社区',
      composeIdNumber('370521', '1974-04-04', 42),
    )
    const template = async (type: string) => {
      const response = await api(auth, 'GET', `/import-templates/${type}`)
      expect(response.statusCode).toBe(200)
      const workbook = new ExcelJS.Workbook()
      await workbook.xlsx.load(response.rawPayload as unknown as ExcelJS.Buffer)
      const sheet = workbook.worksheets[0]!
      const headers = (sheet.getRow(1).values as unknown[]).slice(1).map(String)
      const fill = async (rows: Record<string, string | number>[]) => {
        rows.forEach((values, i) => {
          for (const [header, value] of Object.entries(values))
            sheet.getRow(3 + i).getCell(headers.indexOf(header) + 1).value = value
        })
        return Buffer.from(await workbook.xlsx.writeBuffer())
      }
      return { headers, fill }
    }
    const contracts = await template('rental-contracts')
    // One form of each: the address in one cell, the lease in two dates.
    expect(contracts.headers).toEqual([
      '*责任书编号',
      '居委会',
      '房屋地址',
      '*出租人',
      '*出租人身份证号',
      '出租人联系电话',
      '房屋用途',
      '月租金（元）',
      '租赁开始日期',
      '租赁结束日期',
      '签订日期',
      '注销日期',
      '注销原因',
      '备注',
    ])
    const landlord = composeIdNumber('370502', '1970-10-10', 51)
    // A street the tree does not know yet: the 居委会 column places the row, the building is made.
    const contractJob = await importLedger(
      auth,
      'rental-contracts',
      await contracts.fill([
        {
          '*责任书编号': 'SL-2024-0001',
          居委会: '胜利社区',
          房屋地址: '胜利路5号楼1单元101室',
          '*出租人': '高峰',
          '*出租人身份证号': landlord,
          '月租金（元）': '1200.50',
          租赁开始日期: '2024-05-01',
          租赁结束日期: '2025-04-30',
        },
      ]),
    )
    expect(contractJob.problems).toEqual([])
    await commit(auth, contractJob)
    const contract = await db.rentalContract.findFirstOrThrow({
      where: { number: 'SL-2024-0001' },
      include: { property: { include: { dwelling: { include: { building: true } } } } },
    })
    expect(contract.property.dwelling).toMatchObject({
      address: '胜利路5号楼1单元101室',
      committeeId: committee.id,
      unit: '1',
      room: '101',
    })
    expect(contract.property.dwelling.building).toMatchObject({
      street: '胜利路',
      buildingNumber: '5号楼',
    })
    expect(contract.monthlyRent?.toString()).toBe('1200.5')

    const tenants = await template('temporary-residents')
    expect(tenants.headers).toEqual([
      '*姓名',
      '性别',
      '*身份证号',
      '出生日期',
      '联系电话',
      '居委会',
      '户籍地',
      '暂住地址',
      '暂住事由',
      '服务处所',
      '入住日期',
      '*登记日期',
      '责任书编号',
      '注销日期',
      '注销原因',
      '备注',
    ])
    const tenantJob = await importLedger(
      auth,
      'temporary-residents',
      await tenants.fill([
        {
          '*姓名': '黄磊',
          '*身份证号': composeIdNumber('410102', '1995-05-05', 13),
          暂住地址: '胜利路5-1-101',
          暂住事由: '就学',
          服务处所: '东营职业学院',
          入住日期: '2024-05-02',
          '*登记日期': '2024-05-10',
        },
      ]),
    )
    expect(tenantJob.problems).toEqual([])
    await commit(auth, tenantJob)
    const tenant = await db.temporaryResident.findFirstOrThrow({
      where: { resident: { name: '黄磊' } },
    })
    // Placed by the address: the dwelling let under SL-2024-0001, declared late (3 working days).
    expect(tenant).toMatchObject({
      propertyId: contract.propertyId,
      contractId: contract.id,
      lodging: 'rented',
      reason: 'study',
      employer: '东营职业学院',
      householdRegion: '河南省郑州市中原区',
    })
    const listed = await api(auth, 'GET', `/temporary-residents/${tenant.id}`)
    expect(listed.json()).toMatchObject({ timeliness: 'late', deadline: '2024-05-08' })

    // Someone who has left (注销), as the export writes them: registered and left, once.
    const leftLedger = await ledgerWorkbook(
      layout(
        '暂住人口登记台账（含注销）',
        ['姓名', '身份证号', '暂住地址', '暂住事由', '登记日期', '注销日期', '流出原因'],
        [
          [
            '马丽',
            composeIdNumber('410102', '1996-06-06', 24),
            '胜利路5号楼1单元101室',
            '务工',
            '2024-05-10',
            '2024-08-31',
            '返乡',
          ],
          [
            '牛强',
            composeIdNumber('410102', '1997-07-07', 15),
            '胜利路5号楼1单元101室',
            '务工',
            '2024-05-10',
            '2024-05-01',
            null,
          ],
        ],
        '合计：2人',
      ),
    )
    const leftJob = await importLedger(auth, 'temporary-residents', leftLedger)
    expect(problemsOf(leftJob)).toEqual([
      [5, 'leftOn', 'temporary_resident_date_before_move_in', '注销日期'],
    ])
    await commit(auth, leftJob, { mode: 'skip_invalid' })
    const left = await db.temporaryResident.findFirstOrThrow({
      where: { resident: { name: '马丽' } },
      include: { events: true },
    })
    expect(left).toMatchObject({ leaveReason: '返乡', leftOn: new Date('2024-08-31T00:00:00Z') })
    expect(left.events.map((e) => [e.type, e.note]).sort()).toEqual([
      ['left', '返乡'],
      ['moved_in', null],
      ['registered', null],
    ])
    const leftAgain = await importLedger(auth, 'temporary-residents', leftLedger)
    expect(leftAgain.counts).toMatchObject({ created: 0, skipped: 1 })
    // As of today only 黄磊 lives here: registered, 100%.
    const rate = await api(
      auth,
      'GET',
      `/temporary-residents/registration-rate?committeeId=${committee.id}`,
    )
    expect(rate.json().overall).toMatchObject({ registered: 1, pending: 0, rate: 1 })

    // The residents ledger's split columns, beside a 居委会 column.
    const split = await ledgerWorkbook(
      layout(
        '出租房屋登记表',
        [
          '编号',
          '居委会',
          '街路巷',
          '楼号',
          '单元',
          '室号',
          '出租人姓名',
          '出租人身份证号码',
          '出租人电话',
          '起租日期',
          '到期日期',
          '备注',
        ],
        [
          [
            'SL-2024-0002',
            '胜利社区',
            '胜利路',
            '5号楼',
            '1单元',
            '102室',
            '高峰',
            landlord,
            '0546-2512345',
            '2024年6月1日',
            '2025年5月31日',
            '整租',
          ],
          [
            'SL-2024-0003',
            '胜利社区',
            '胜利路',
            '5号楼',
            null,
            null,
            '高峰',
            landlord,
            null,
            '2024年6月1日',
            '2024年5月31日',
            null,
          ],
        ],
        '合计：2户',
      ),
    )
    const splitJob = await importLedger(auth, 'rental-contracts', split)
    expect(problemsOf(splitJob)).toEqual([
      [5, 'room', 'required', '室号'],
      [5, 'leaseEndsOn', 'rental_lease_end_before_start', '到期日期'],
    ])
    const splitCommitted = await commit(auth, splitJob, { mode: 'skip_invalid' })
    expect(splitCommitted.counts).toMatchObject({ created: 1 })
    const second = await db.rentalContract.findFirstOrThrow({
      where: { number: 'SL-2024-0002' },
      include: { property: { include: { dwelling: true } } },
    })
    expect(second.property.dwelling.address).toBe('胜利路5号楼1单元102室')
    expect(second.property.landlordResidentId).toBe(contract.property.landlordResidentId)
    expect(second.notes).toBe('整租')

    // A ledger that keeps cancelled contracts (注销) with the day and the reason.
    const cancelled = await importLedger(
      auth,
      'rental-contracts',
      await ledgerWorkbook(
        layout(
          '出租房屋台账（含已注销）',
          ['合同编号', '房屋地址', '出租人', '身份证号', '租赁期限', '注销日期', '注销原因'],
          [
            [
              'SL-2023-0001',
              '胜利路5-2-201',
              '高峰',
              landlord,
              '2023.1.1-2023.12.31',
              '2023.6.30',
              '房屋出售',
            ],
            [
              'SL-2023-0002',
              '胜利路5-2-202',
              '高峰',
              landlord,
              '2023.1.1-2023.12.31',
              '2023.6.30',
              null,
            ],
            [
              'SL-2023-0003',
              '胜利路5-2-203',
              '高峰',
              landlord,
              '2023.1.1-2023.12.31',
              '2022.12.1',
              '提前解约',
            ],
          ],
          '合计：3户',
        ),
      ),
    )
    expect(problemsOf(cancelled)).toEqual([
      [5, 'cancelReason', 'required', '注销原因'],
      [6, 'cancelledOn', 'rental_cancel_before_signing', '注销日期'],
    ])
    await commit(auth, cancelled, { mode: 'skip_invalid' })
    const gone = await api(auth, 'GET', `/rental-contracts?q=SL-2023-0001`)
    expect(gone.json().items).toMatchObject([
      {
        number: 'SL-2023-0001',
        status: 'cancelled',
        cancelledOn: '2023-06-30',
        cancelReason: '房屋出售',
      },
    ])
  })

  it('refuses what it cannot tell, row by row: another landlord, a number taken, two buildings, a tenant registered elsewhere', async () => {
    const db = t().db.prisma
    const east = await seedCommittee(db, { name: '东城社区' })
    const west = await seedCommittee(db, { name: '西城社区' })
    const clerk = await seedUser(db, { role: 'clerk', committeeIds: [east.id] })
    const auth = await signIn(t().app, clerk.username)
    const admin = await signIn(t().app, (await seedUser(db, { role: 'admin' })).username)
    // 和平路1号楼 in both committees; 和平路2号楼 in 东城 with 1-101 let by its landlord.
    for (const committee of [east, west])
      await seedBuilding(db, {
        committeeId: committee.id,
        street: '和平路',
        buildingNumber: '1号楼',
      })
    const second = await seedBuilding(db, {
      committeeId: east.id,
      street: '和平路',
      buildingNumber: '2号楼',
    })
    const let101 = await seedDwelling(db, { buildingId: second.id, unit: '1', room: '101' })
    const property = await seedRentalProperty(db, t().app.cipher, { dwellingId: let101.id })
    await seedRentalContract(db, { propertyId: property.id, number: 'DC-0001' })
    const westBuilding = await seedBuilding(db, {
      committeeId: west.id,
      street: '西城路',
      buildingNumber: '8号楼',
    })
    const westDwelling = await seedDwelling(db, { buildingId: westBuilding.id, room: '101' })
    const westProperty = await seedRentalProperty(db, t().app.cipher, {
      dwellingId: westDwelling.id,
    })
    await seedRentalContract(db, { propertyId: westProperty.id, number: 'XC-0001' })

    const person = (n: number) => composeIdNumber('370502', `1980-0${n}-0${n}`, 11)
    const row = (number: string, address: string, name: string, idNumber: string) => [
      null,
      number,
      address,
      name,
      idNumber,
      null,
      '居住',
      1000,
      '2024.1.1-2024.12.31',
      '2024.1.1',
    ]
    const ledger = (rows: (string | number | null)[][]) =>
      ledgerWorkbook(layout('出租房屋台账', contractHeader, rows, '合计'))
    const job = await importLedger(
      auth,
      'rental-contracts',
      await ledger([
        row('DC-0002', '和平路2号楼1单元101', '甲', person(1)),
        row('DC-0003', '和平路2-1-102', '乙', person(2)),
        row('DC-0004', '和平路2-1-102', '丙', person(3)),
        row('XC-0001', '和平路2-1-103', '乙', person(2)),
        row('DC-0005', '和平路1号楼1单元101', '乙', person(2)),
      ]),
    )
    expect(problemsOf(job)).toEqual([
      [4, 'idNumber', 'rental_landlord_mismatch', '身份证号码'],
      [6, 'idNumber', 'rental_landlord_mismatch', '身份证号码'],
      [7, 'number', 'rental_contract_number_taken', '保证书编号'],
    ])
    const committed = await commit(auth, job, { mode: 'skip_invalid' })
    expect(committed.counts).toMatchObject({ created: 2 })
    // The clerk sees one 和平路1号楼, their own: the row is placed there.
    const placed = await db.rentalContract.findFirstOrThrow({
      where: { number: 'DC-0005' },
      include: { property: { include: { dwelling: true } } },
    })
    expect(placed.property.dwelling).toMatchObject({
      committeeId: east.id,
      address: '和平路1号楼1单元101室',
    })
    // Seeing both, an administrator cannot tell which 和平路1号楼 is meant.
    const ambiguous = await importLedger(
      admin,
      'rental-contracts',
      await ledger([row('DC-0006', '和平路1号楼1单元201', '丁', person(4))]),
    )
    expect(problemsOf(ambiguous)).toEqual([[4, 'address', 'rental_address_ambiguous', '房屋坐落']])

    // 乙, the landlord (living elsewhere), comes to live in 2-1-102 and gives a phone.
    const tenantLedger = (address: string) =>
      ledgerWorkbook(
        layout(
          '暂住人口登记台账',
          ['姓名', '身份证号', '联系电话', '现住址', '暂住事由', '申报日期'],
          [['乙', person(2), '13911112222', address, '务工', '2024-06-01']],
          '合计：1人',
        ),
      )
    const landlord = await db.resident.findFirstOrThrow({
      where: { idNumberMasked: { not: '' }, name: '乙' },
    })
    expect(landlord).toMatchObject({ residence: 'elsewhere', phoneMasked: null, version: 1 })
    const moved = await commit(
      auth,
      await importLedger(auth, 'temporary-residents', await tenantLedger('和平路2-1-102')),
      { onConflict: 'update' },
    )
    expect(moved.counts).toMatchObject({ created: 1, updated: 1 })
    expect(await db.resident.findUniqueOrThrow({ where: { id: landlord.id } })).toMatchObject({
      residence: 'here',
      phoneMasked: '139****2222',
      version: 3,
    })
    // Registered at 2-1-102, the row naming another dwelling is refused: moves are /move.
    const elsewhere = await importLedger(
      auth,
      'temporary-residents',
      await tenantLedger('和平路2-1-101'),
    )
    expect(problemsOf(elsewhere)).toEqual([
      [4, 'idNumber', 'temporary_resident_elsewhere', '身份证号'],
    ])
    // Undone: the registration gone, the person as they were (phone, living elsewhere).
    const undone = await postJob(t().app, auth, moved.id, 'undo')
    expect(undone.statusCode, undone.body).toBe(200)
    expect(await db.temporaryResident.count({ where: { residentId: landlord.id } })).toBe(0)
    expect(await db.resident.findUniqueOrThrow({ where: { id: landlord.id } })).toMatchObject({
      residence: 'elsewhere',
      phoneMasked: null,
    })
  })
})
