import { describe, expect, it } from 'vitest'
import { addMonthsToMonth, monthOf } from '@cr/shared/party/calendar'
import { duesStartMonth } from '@cr/shared/party/dues-roll'
import {
  seedCommittee,
  seedPartyOrganization,
  seedResident,
  seedUser,
  testIdNumber,
} from '../../test/factories.ts'
import { fromDbDate } from '../../lib/dates.ts'
import { apiRequest, type TAuth } from '../../test/api-request.ts'
import { postJob, settledJob, uploadLedger } from '../../test/imports.ts'
import { ledgerWorkbook } from '../../test/ledger-workbook.ts'
import { signIn } from '../../test/sign-in.ts'
import { useTestApp } from '../../test/test-app.ts'
import { testToday } from '../../test/test-clock.ts'
import {
  partyRosterOfficeLedger as layout,
  rosterMember as member,
  rosterRowOf as rowOf,
  withRosterColumn,
} from './fixtures/party-roster-office-ledger.ts'

const t = useTestApp()

const api = apiRequest(t)

const csv = (rows: string[][]) => ({
  name: '党员花名册.csv',
  content: Buffer.from(`\uFEFF${rows.map((r) => r.join(',')).join('\r\n')}\r\n`),
})

const setup = async (name = '胜利社区') => {
  const committee = await seedCommittee(t().db.prisma, { name })
  const clerk = await seedUser(t().db.prisma, { role: 'clerk', committeeIds: [committee.id] })
  const auth = await signIn(t().app, clerk.username)
  const root = await seedPartyOrganization(t().db.prisma, { name: `${name}党工委` })
  const branch = async (name: string) =>
    (
      await api(auth, 'POST', '/party-organizations', {
        parentId: root.id,
        level: 'branch',
        name,
        committeeIds: [committee.id],
      })
    ).json()
  return {
    committee,
    auth,
    first: await branch('第一党支部'),
    retired: await branch('离退休党支部'),
  }
}

const header = [
  '序号',
  '姓名',
  '性别',
  '民族',
  '公民身份号码',
  '出生年月',
  '文化程度',
  '所在党支部',
  '人员类别',
  '入党时间',
  '转正时间',
  '党员类别',
  '联系电话',
  '家庭住址',
  '备注',
]

describe('importing the party roster (党员花名册)', () => {
  it('assigns members to the branches named, refuses unknown branches, and counts match', async () => {
    const { committee, auth, first, retired } = await setup()
    const known = await seedResident(t().db.prisma, t().app.cipher, {
      committeeId: committee.id,
      name: '李国强',
      idNumber: testIdNumber({ birthDate: '1950-02-03', male: true }),
    })
    const knownId = (await t().db.prisma.resident.findUniqueOrThrow({ where: { id: known.id } }))
      .idNumberMasked
    expect(knownId).toBeTruthy()
    const ids = {
      li: (await t().db.prisma.resident.findUniqueOrThrow({ where: { id: known.id } })).id,
      wang: testIdNumber({ birthDate: '1962-05-01', male: true }),
      zhao: testIdNumber({ birthDate: '1990-09-09', male: false }),
      sun: testIdNumber({ birthDate: '1985-01-01', male: true }),
    }
    // The known resident's number is needed in the sheet: reveal it through the API.
    const revealed = (
      await api(auth, 'POST', `/residents/${known.id}/reveal`, {
        field: 'idNumber',
        reason: '核对党员花名册',
      })
    ).json().value as string
    const file = csv([
      header,
      [
        '1',
        '李国强',
        '男',
        '汉族',
        revealed,
        '1950.02',
        '高中',
        '离退休党支部',
        '正式党员',
        '1975-07-01',
        '1976-07-01',
        '直管党员',
        '',
        '',
        '',
      ],
      [
        '2',
        '王海',
        '男',
        '汉族',
        ids.wang,
        '1962.05',
        '大学本科',
        '第一党支部',
        '正式党员',
        '1990-06-30',
        '1991-06-30',
        '直管党员',
        '13800000001',
        '胜利路3号楼',
        '',
      ],
      [
        '3',
        '赵敏',
        '女',
        '汉族',
        ids.zhao,
        '1990.09',
        '硕士研究生',
        '第一党支部',
        '预备党员',
        '2026-01-15',
        '',
        '在职党员报到',
        '',
        '',
        '新发展',
      ],
      [
        '4',
        '孙强',
        '男',
        '汉族',
        ids.sun,
        '1985.01',
        '高中',
        '第九党支部',
        '正式党员',
        '2010-07-01',
        '2011-07-01',
        '直管党员',
        '',
        '',
        '',
      ],
    ])
    const created = await uploadLedger(t().app, auth, file, {
      type: 'party-members',
      committeeId: committee.id,
    })
    expect(created.statusCode, created.body).toBe(202)
    const job = await settledJob(t().app, auth, created.json().id)
    expect(job.error).toBeNull()
    expect(job.problems.map((p) => [p.rowNumber, p.code, p.column?.header])).toEqual([
      [5, 'party_branch_unknown', '所在党支部'],
    ])
    expect(job.counts).toMatchObject({ rows: 4, valid: 3, invalid: 1, created: 3 })
    expect(await t().db.prisma.partyMember.count()).toBe(0)

    await postJob(t().app, auth, job.id, 'commit', { mode: 'skip_invalid' })
    const done = await settledJob(t().app, auth, job.id)
    expect(done.status).toBe('committed')

    const members = await t().db.prisma.partyMember.findMany({
      include: { resident: true, organization: true },
    })
    const byName = Object.fromEntries(members.map((m) => [m.resident.name, m]))
    expect(Object.keys(byName).sort()).toEqual(['李国强', '王海', '赵敏'].sort())
    expect(byName['李国强']).toMatchObject({
      residentId: ids.li,
      organizationId: retired.id,
      status: 'full',
    })
    expect(byName['王海']).toMatchObject({
      organizationId: first.id,
      status: 'full',
      category: 'direct',
    })
    expect(byName['赵敏']).toMatchObject({
      organizationId: first.id,
      status: 'probationary',
      category: 'reporting',
      fullMembershipOn: null,
    })
    expect(byName['王海']!.notes).toContain('胜利路3号楼')
    // 王海 and 赵敏 were not in the registry: they are now, in the committee chosen.
    expect(byName['赵敏']!.resident.committeeId).toBe(committee.id)

    const stats = (await api(auth, 'GET', '/party-members/stats')).json()
    expect(stats).toMatchObject({
      total: 3,
      byStatus: { full: 2, probationary: 1 },
      byCategory: { direct: 2, reporting: 1 },
    })
    expect(stats.byOrganization).toEqual(
      expect.arrayContaining([
        { organization: { id: first.id, name: '第一党支部' }, count: 2 },
        { organization: { id: retired.id, name: '离退休党支部' }, count: 1 },
      ]),
    )

    // The same roster again changes nothing; undo takes the members and the new people back.
    const again = await settledJob(
      t().app,
      auth,
      (
        await uploadLedger(t().app, auth, file, {
          type: 'party-members',
          committeeId: committee.id,
          dryRun: false,
          mode: 'skip_invalid',
        })
      ).json().id,
    )
    expect(again.counts).toMatchObject({ created: 0, skipped: 3 })
    const undone = await postJob(t().app, auth, job.id, 'undo')
    expect(undone.statusCode, undone.body).toBe(200)
    expect(await t().db.prisma.partyMember.count()).toBe(0)
    expect(await t().db.prisma.resident.count({ where: { committeeId: committee.id } })).toBe(1)
  })
})

describe('the roster import and the party data scope', () => {
  it('finds branches by name among those of the clerk’s committees only', async () => {
    const db = t().db.prisma
    const [A, B] = [await seedCommittee(db), await seedCommittee(db)]
    const clerk = await seedUser(db, { role: 'clerk', committeeIds: [A.id] })
    const auth = await signIn(t().app, clerk.username)
    const root = await seedPartyOrganization(db, { name: '导入党工委' })
    const node = (parentId: string, level: 'branch' | 'group', name: string, committeeIds = []) =>
      seedPartyOrganization(db, { parentId, level, name, committeeIds })
    const branchA = await node(root.id, 'branch', '甲支部', [A.id] as never)
    const branchB = await node(root.id, 'branch', '乙支部', [B.id] as never)
    const groupA = await node(branchA.id, 'group', '共同小组')
    await node(branchB.id, 'group', '共同小组')
    const row = (n: string, name: string, branch: string) => [
      n,
      name,
      '男',
      '汉族',
      testIdNumber({ birthDate: '1970-03-04', male: true }),
      '1970.03',
      '高中',
      branch,
      '正式党员',
      '1995-07-01',
      '1996-07-01',
      '直管党员',
      '',
      '',
      '',
    ]
    const file = csv([header, row('1', '越界党员', '乙支部'), row('2', '小组党员', '共同小组')])
    const created = await uploadLedger(t().app, auth, file, {
      type: 'party-members',
      committeeId: A.id,
    })
    expect(created.statusCode, created.body).toBe(202)
    const job = await settledJob(t().app, auth, created.json().id)
    // B's branch is unknown to A's clerk, and B's group of the same name makes no ambiguity.
    expect(job.problems.map((p) => [p.rowNumber, p.code, p.column?.header])).toEqual([
      [2, 'party_branch_unknown', '所在党支部'],
    ])
    await postJob(t().app, auth, job.id, 'commit', { mode: 'skip_invalid' })
    expect((await settledJob(t().app, auth, job.id)).status).toBe('committed')
    const members = await db.partyMember.findMany({
      where: { organizationId: { in: [branchB.id, groupA.id] } },
      include: { resident: { select: { name: true } } },
    })
    expect(members.map((m) => [m.resident.name, m.organizationId])).toEqual([
      ['小组党员', groupA.id],
    ])
  })
})

/**
 * The roster as the 党工委 keeps it (the fixture: a title, a 填报单位 row, 序号, the columns of
 * 党员花名册 and 家庭住址 — no 居委会), imported without choosing a committee.
 */
describe('a roster kept by the 党工委, without a 居委会 column (issue 11 §1)', () => {
  /** Uploads the roster with no committee chosen; the check has read the file. */
  const uploadRoster = async (auth: TAuth, content: Buffer) => {
    const created = await uploadLedger(
      t().app,
      auth,
      { name: '党员花名册.xlsx', content },
      { type: 'party-members' },
    )
    expect(created.statusCode, created.body).toBe(202)
    const job = await settledJob(t().app, auth, created.json().id)
    expect(job.error).toBeNull()
    expect(job.columns.filter((c) => c.source === 'unrecognised')).toEqual([])
    return job
  }

  it('needs no committee for registered people and places new ones by their 家庭住址', async () => {
    const { committee, auth, first } = await setup('永兴社区')
    const db = t().db.prisma
    const building = await api(auth, 'POST', '/buildings', {
      committeeId: committee.id,
      street: '胜利路',
      buildingNumber: '3号楼',
    })
    expect(building.statusCode, building.body).toBe(201)
    const ids = {
      li: testIdNumber({ birthDate: '1950-02-03', male: true }),
      wang: testIdNumber({ birthDate: '1962-05-01', male: true }),
      zhao: testIdNumber({ birthDate: '1970-09-09', male: false }),
      sun: testIdNumber({ birthDate: '1975-01-01', male: true }),
      qian: testIdNumber({ birthDate: '1980-03-03', male: false }),
    }
    // Registered already: the roster needs no committee for them.
    await seedResident(db, t().app.cipher, {
      committeeId: committee.id,
      name: '李国强',
      idNumber: ids.li,
    })
    await seedResident(db, t().app.cipher, {
      committeeId: committee.id,
      name: '王海',
      idNumber: ids.wang,
    })
    const content = await ledgerWorkbook(
      layout([
        member(1, '李国强', ids.li, null),
        member(2, '王海', ids.wang, '胜利路3号楼1单元101室'),
        // Not registered: 胜利路3号楼 is a building of the clerk's committee.
        member(3, '赵敏', ids.zhao, '永兴社区胜利路3号楼2单元502室'),
        // Not registered, and nowhere in the places tree; and with no address at all.
        member(4, '孙强', ids.sun, '利津县城关镇'),
        member(5, '钱丽', ids.qian, null),
      ]),
    )
    const job = await uploadRoster(auth, content)
    expect(job.columns.find((c) => c.header === '序号')).toMatchObject({ source: 'ignored' })
    expect(job.problems.map((p) => [p.rowNumber, p.code, p.column?.header ?? null])).toEqual([
      [rowOf(4), 'home_address_unplaced', '家庭住址'],
      [rowOf(5), 'committee_required', null],
    ])
    expect(job.counts).toMatchObject({ rows: 5, valid: 3, invalid: 2, created: 3 })

    await postJob(t().app, auth, job.id, 'commit', { mode: 'skip_invalid' })
    expect((await settledJob(t().app, auth, job.id)).status).toBe('committed')
    const members = await db.partyMember.findMany({
      where: { organizationId: first.id },
      include: { resident: true },
    })
    expect(members.map((m) => m.resident.name).sort()).toEqual(['李国强', '王海', '赵敏'].sort())
    // 赵敏 is registered in the committee 胜利路3号楼 belongs to.
    const zhao = members.find((m) => m.resident.name === '赵敏')!
    expect(zhao.resident.committeeId).toBe(committee.id)
  })

  it('commits whole, with no committee chosen, when every member is registered (headed 编号)', async () => {
    const { committee, auth, first } = await setup('永兴社区南区')
    const db = t().db.prisma
    const people = [
      ['周振华', testIdNumber({ birthDate: '1948-11-12', male: true })],
      ['吴桂兰', testIdNumber({ birthDate: '1955-04-21', male: false })],
      ['郑凯', testIdNumber({ birthDate: '1983-06-30', male: true })],
    ] as const
    for (const [name, idNumber] of people)
      await seedResident(db, t().app.cipher, { committeeId: committee.id, name, idNumber })
    const residents = await db.resident.count()
    const content = await ledgerWorkbook(
      layout(
        people.map(([name, idNumber], i) => member(i + 1, name, idNumber, '胜利路9号楼1单元101室')),
        '编号',
      ),
    )
    // Neither a 居委会 column nor a committee chosen for the import.
    const job = await uploadRoster(auth, content)
    expect(job.committee).toBeNull()
    expect(job.columns.find((c) => c.header === '编号')).toMatchObject({ source: 'ignored' })
    expect(job.problems).toEqual([])
    expect(job.counts).toMatchObject({ rows: 3, valid: 3, invalid: 0, created: 3 })

    await postJob(t().app, auth, job.id, 'commit', { mode: 'all_or_nothing' })
    const done = await settledJob(t().app, auth, job.id)
    expect(done.status).toBe('committed')
    const members = await db.partyMember.findMany({
      where: { organizationId: first.id },
      include: { resident: true },
    })
    expect(members.map((m) => m.resident.name).sort()).toEqual(people.map(([n]) => n).sort())
    expect(members.every((m) => m.resident.committeeId === committee.id)).toBe(true)
    // Nobody new: the members are the people the registry already had.
    expect(await db.resident.count()).toBe(residents)
  })

  it('reads 党费交至 (as 2026年9月, or a date cell): the members owe only the months after it', async () => {
    const { committee, auth, first } = await setup('永兴社区东区')
    const db = t().db.prisma
    const thisMonth = monthOf(testToday)
    const [y, m] = addMonthsToMonth(thisMonth, 1).split('-').map(Number) as [number, number]
    const people = [
      // Paid to two months ago, written as offices write it: 2026年9月.
      ['周振华', testIdNumber({ birthDate: '1948-11-12', male: true })],
      // Paid a month ahead, a date cell (a month typed into Excel is its first day).
      ['吴桂兰', testIdNumber({ birthDate: '1955-04-21', male: false })],
      // Nothing in the column: owes from the month of joining.
      ['郑凯', testIdNumber({ birthDate: '1983-06-30', male: true })],
    ] as const
    const twoMonthsAgo = addMonthsToMonth(thisMonth, -2)
    const paidThrough = [
      `${twoMonthsAgo.slice(0, 4)}年${Number(twoMonthsAgo.slice(5))}月`,
      new Date(Date.UTC(y, m - 1, 1)),
      null,
    ]
    const content = await ledgerWorkbook(
      withRosterColumn(
        layout(people.map(([name, idNumber], i) => member(i + 1, name, idNumber, '胜利路9号楼'))),
        '党费交至',
        paidThrough,
      ),
    )
    // Registered already: the roster needs no committee for them.
    for (const [name, idNumber] of people)
      await seedResident(db, t().app.cipher, { committeeId: committee.id, name, idNumber })
    const job = await uploadRoster(auth, content)
    expect(job.columns.find((c) => c.header === '党费交至')).toMatchObject({
      field: 'duesPaidThrough',
      source: 'synonym',
    })
    expect(job.problems).toEqual([])
    await postJob(t().app, auth, job.id, 'commit', { mode: 'all_or_nothing' })
    expect((await settledJob(t().app, auth, job.id)).status).toBe('committed')

    const members = await db.partyMember.findMany({
      where: { organizationId: first.id },
      include: { resident: { select: { name: true } } },
    })
    const byName = Object.fromEntries(members.map((r) => [r.resident.name, r]))
    // The branch sets each member's standard, 20.00 a month from the month of joining.
    for (const row of members) {
      const changed = await api(
        auth,
        'PATCH',
        `/party-members/${row.id}`,
        {
          dues: { category: 'retired', income: '4000' },
          duesFromMonth: duesStartMonth(fromDbDate(row.joinedOn)),
        },
        row.version,
      )
      expect(changed.statusCode, changed.body).toBe(200)
    }
    const roll = await api(auth, 'GET', `/party-dues?organizationId=${first.id}&month=${thisMonth}`)
    expect(roll.statusCode, roll.body).toBe(200)
    const rowOfMember = (name: string) =>
      (
        roll.json().rows as {
          member: { id: string }
          standardFen: number
          owedFen: number
          paidThrough: string | null
        }[]
      ).find((r) => r.member.id === byName[name]!.id)!
    expect(rowOfMember('周振华')).toMatchObject({
      standardFen: 2000,
      owedFen: 2 * 2000,
      paidThrough: twoMonthsAgo,
    })
    expect(rowOfMember('吴桂兰')).toMatchObject({
      owedFen: 0,
      paidThrough: addMonthsToMonth(thisMonth, 1),
    })
    // Without 党费交至 every month since joining (July 1995) is owed.
    expect(rowOfMember('郑凯').paidThrough).toBeNull()
    expect(rowOfMember('郑凯').owedFen).toBeGreaterThan(300 * 2000)
    const zhou = (await api(auth, 'GET', `/party-members/${byName['周振华']!.id}`)).json()
    expect(zhou.dues).toMatchObject({ paidThrough: twoMonthsAgo, settledThrough: twoMonthsAgo })
  })

  it('reads 每月党费 (48, 48.00元, ￥0.2, a number cell): the roll prices the months after 党费交至 by it', async () => {
    const { committee, auth, first } = await setup('永兴社区西区')
    const db = t().db.prisma
    const thisMonth = monthOf(testToday)
    const lastMonth = addMonthsToMonth(thisMonth, -1)
    const people = [
      ['钱文华', testIdNumber({ birthDate: '1962-03-08', male: true }), '48.00元', lastMonth],
      ['孙丽', testIdNumber({ birthDate: '1979-12-01', male: false }), 36.5, thisMonth],
      ['李卫国', testIdNumber({ birthDate: '1950-07-15', male: true }), '￥0.2', lastMonth],
      ['何静', testIdNumber({ birthDate: '1991-05-20', male: false }), '四十八', lastMonth],
    ] as const
    const rows = layout(
      people.map(([name, idNumber], i) => member(i + 1, name, idNumber, '胜利路9号楼')),
    )
    const content = await ledgerWorkbook(
      withRosterColumn(
        withRosterColumn(
          rows,
          '党费交至',
          people.map((p) => p[3]),
        ),
        '月缴党费',
        people.map((p) => p[2]),
      ),
    )
    for (const [name, idNumber] of people)
      await seedResident(db, t().app.cipher, { committeeId: committee.id, name, idNumber })
    const job = await uploadRoster(auth, content)
    expect(job.columns.find((c) => c.header === '月缴党费')).toMatchObject({
      field: 'duesStandard',
      source: 'synonym',
    })
    // An amount that is not a number is the row's problem, with the shared message.
    expect(job.problems).toEqual([
      expect.objectContaining({ field: 'duesStandard', code: 'party_dues_amount_invalid' }),
    ])
    await postJob(t().app, auth, job.id, 'commit', { mode: 'skip_invalid' })
    expect((await settledJob(t().app, auth, job.id)).status).toBe('committed')

    const members = await db.partyMember.findMany({
      where: { organizationId: first.id },
      include: { resident: { select: { name: true } } },
    })
    const byName = Object.fromEntries(members.map((r) => [r.resident.name, r]))
    expect(Object.keys(byName).sort()).toEqual(['孙丽', '李卫国', '钱文华'].sort())
    expect(byName['钱文华']!.duesStandardFen).toBe(4800)
    expect(byName['孙丽']!.duesStandardFen).toBe(3650)
    expect(byName['李卫国']!.duesStandardFen).toBe(20)

    const roll = await api(auth, 'GET', `/party-dues?organizationId=${first.id}&month=${thisMonth}`)
    expect(roll.statusCode, roll.body).toBe(200)
    const rowOf = (name: string) =>
      (roll.json().rows as { member: { id: string }; standardFen: number; owedFen: number }[]).find(
        (r) => r.member.id === byName[name]!.id,
      )!
    // Paid to last month: this month's 48.00 is owed, nothing before it.
    expect(rowOf('钱文华')).toMatchObject({ standardFen: 4800, owedFen: 4800 })
    expect(rowOf('孙丽')).toMatchObject({ standardFen: 3650, owedFen: 0 })
    const qian = (await api(auth, 'GET', `/party-members/${byName['钱文华']!.id}`)).json()
    expect(qian.dues.description).toBe('台账记载每月 48.00 元（收入基数待核定）')
  })
})
