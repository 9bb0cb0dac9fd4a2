import type { TImportJob } from '@cr/shared/imports/import-job'
import { describe, expect, it } from 'vitest'
import { apiRequest, seedCommitteeClerk, type TAuth } from '../../test/api-request.ts'
import { seedResident, seedUser } from '../../test/factories.ts'
import { figureReader } from '../../test/figures.ts'
import { postJob, settledJob, uploadLedger } from '../../test/imports.ts'
import { ledgerWorkbook } from '../../test/ledger-workbook.ts'
import { useTestApp } from '../../test/test-app.ts'
import { toDbDate } from '../../lib/dates.ts'
import { newId } from '../../lib/ids.ts'

/**
 * The patrol register (巡逻登记簿, issue 15 §9) as offices keep it, in two layouts: a title row,
 * the time in one cell (`20:00-次日02:00`) or in 开始/结束 columns (`次日02:00`, `01:30`),
 * headers named each office's way, full-width digits, a blank separator row, an unknown team,
 * a member the team does not have, `无异常`. The logs are exact, a second import changes
 * nothing, undo takes a register back, and the figures API counts the register's rows.
 */

const t = useTestApp()
const api = apiRequest(t)
const { expectFigure } = figureReader(t)

type TCellValue = string | number | Date | null

const registerA = () =>
  ledgerWorkbook({
    preamble: ['永兴社区治安巡逻登记簿（2026年11月）'],
    header: [['日期', '时间', '巡逻队', '带班人', '队员', '发现情况', '处理情况']],
    rows: [
      ['2026-11-01', '20:00-次日02:00', '第一巡逻队', '王建国', '李明、赵芳', '无异常', null],
      [
        '２０２６年１１月２日',
        '２０：００－次日０２：００',
        '第一巡逻队',
        '王建国',
        '李明，赵芳',
        '5号楼消防通道堆放杂物；东门有可疑人员徘徊',
        '已通知物业清理',
      ],
      [null, null, null, null, null, null, null],
      [
        '2026.11.3',
        '19:00-21:00',
        '3号楼楼长组',
        '陈红',
        '陈红 周丽',
        '单元门禁损坏',
        '已上报物业',
      ],
      ['2026-11-04', '20:00-02:00', '第二巡逻队', '孙强', '孙强', '无异常', null],
      ['2026-11-05', '20:00-22:30', '第一巡逻队', '王建国', '李明、张三', '无', null],
    ] satisfies TCellValue[][],
  })

const registerB = () =>
  ledgerWorkbook({
    preamble: ['楼长巡逻记录'],
    header: [['巡逻日期', '开始', '结束', '小组', '带班', '参加人员', '巡查情况', '处理结果']],
    rows: [
      [
        '2026/11/6',
        '20:00',
        '次日02:00',
        '第一巡逻队',
        '王建国',
        '李明 赵芳',
        '2号楼下有人争吵',
        '当场调解',
      ],
      ['2026.11.7', '20:00', '01:30', '3号楼楼长组', '周丽', '陈红、周丽', '无异常', null],
    ] satisfies TCellValue[][],
  })

const setup = async () => {
  const clerk = await seedCommitteeClerk(t())
  const db = t().db.prisma
  const committeeId = clerk.committee.id
  const resident = (name: string) => seedResident(db, t().app.cipher, { committeeId, name })
  const [wang, li, chen, zhou] = await Promise.all(['王建国', '李明', '陈红', '周丽'].map(resident))
  const zhao = await seedUser(db, { displayName: '赵芳', committeeIds: [committeeId] })
  const team = (name: string, kind: string, members: { residentId?: string; userId?: string }[]) =>
    db.patrolTeam.create({
      data: {
        id: newId(),
        committeeId,
        kind,
        name,
        buildingIds: [],
        members: {
          create: members.map((m, i) => ({
            id: newId(),
            residentId: m.residentId ?? null,
            userId: m.userId ?? null,
            leader: i === 0,
            joinedOn: toDbDate('2026-01-01'),
          })),
        },
      },
    })
  const first = await team('第一巡逻队', 'team', [
    { residentId: wang!.id },
    { residentId: li!.id },
    { userId: zhao.id },
  ])
  const group = await team('3号楼楼长组', 'building_group', [
    { residentId: chen!.id },
    { residentId: zhou!.id },
  ])
  return { ...clerk, db, first, group }
}

const upload = async (auth: TAuth, content: Buffer, name: string) => {
  const created = await uploadLedger(t().app, auth, { name, content }, { type: 'patrol-register' })
  expect(created.statusCode, created.body).toBe(202)
  return settledJob(t().app, auth, created.json().id)
}

const commit = async (auth: TAuth, job: TImportJob) => {
  const response = await postJob(t().app, auth, job.id, 'commit', { mode: 'skip_invalid' })
  expect(response.statusCode, response.body).toBe(202)
  return settledJob(t().app, auth, job.id)
}

const problemsOf = (job: TImportJob) =>
  job.problems.map((p) => [p.rowNumber, p.field, p.code, p.severity] as const)

describe('importing the patrol register (巡逻登记簿)', () => {
  it('makes exact logs, refuses an unknown team, warns of an unknown member, dedupes, undoes, and the figures count its rows', async () => {
    const { auth, db, first, group } = await setup()

    const checkA = await upload(auth, await registerA(), '巡逻登记簿.xlsx')
    expect(checkA.error).toBeNull()
    expect(checkA.columns.map((c) => c.field)).toEqual([
      'date',
      'start',
      'team',
      'leader',
      'members',
      'findings',
      'handling',
    ])
    // Title row 1, header row 2, data from row 3; row 5 is the blank separator.
    expect(problemsOf(checkA)).toEqual([
      [7, 'team', 'patrol_register_team_unknown', 'error'],
      [8, 'members', 'patrol_register_member_unknown', 'warning'],
    ])
    expect(checkA.problems[1]!.message).toContain('“张三”')
    const committedA = await commit(auth, checkA)
    expect(committedA.status).toBe('committed')
    expect(committedA.counts).toMatchObject({ rows: 5, valid: 4, invalid: 1, created: 4 })

    const logs = await db.patrolLog.findMany({
      include: {
        team: true,
        members: {
          orderBy: { position: 'asc' },
          include: { resident: true, user: true },
        },
        incidents: { orderBy: { position: 'asc' } },
      },
      orderBy: [{ date: 'asc' }, { start: 'asc' }],
    })
    expect(
      logs.map((l) => [
        l.date.toISOString().slice(0, 10),
        l.start,
        l.end,
        l.team.name,
        l.source,
        l.members.map((m) => `${m.resident?.name ?? m.user?.displayName}${m.leader ? '*' : ''}`),
        l.incidents.map((i) => [i.type, i.text, i.handling, i.handlingText]),
      ]),
    ).toEqual([
      ['2026-11-01', '20:00', '02:00', '第一巡逻队', 'register', ['王建国*', '李明', '赵芳'], []],
      [
        '2026-11-02',
        '20:00',
        '02:00',
        '第一巡逻队',
        'register',
        ['王建国*', '李明', '赵芳'],
        [
          ['fire_hazard', '5号楼消防通道堆放杂物', 'handled_on_site', '已通知物业清理'],
          ['suspicious_person', '东门有可疑人员徘徊', 'handled_on_site', '已通知物业清理'],
        ],
      ],
      [
        '2026-11-03',
        '19:00',
        '21:00',
        '3号楼楼长组',
        'register',
        ['陈红*', '周丽'],
        [['public_order_hazard', '单元门禁损坏', 'reported', '已上报物业']],
      ],
      // 张三 is no member: the log keeps who could be matched, and the cell as written.
      ['2026-11-05', '20:00', '22:30', '第一巡逻队', 'register', ['王建国*', '李明'], []],
    ])
    expect(logs[1]!.written).toEqual({
      start: '20:00-次日02:00',
      end: null,
      members: '李明，赵芳',
      findings: '5号楼消防通道堆放杂物；东门有可疑人员徘徊',
      handling: '已通知物业清理',
    })
    expect((logs[3]!.written as { members: string }).members).toBe('李明、张三')

    // The other layout: 开始/结束 columns, 次日02:00 and a bare 01:30.
    const checkB = await upload(auth, await registerB(), '楼长巡逻记录.xlsx')
    expect(checkB.columns.map((c) => c.field)).toEqual([
      'date',
      'start',
      'end',
      'team',
      'leader',
      'members',
      'findings',
      'handling',
    ])
    expect(problemsOf(checkB)).toEqual([])
    const committedB = await commit(auth, checkB)
    expect(committedB.counts).toMatchObject({ rows: 2, created: 2 })
    expect(await db.patrolLog.count()).toBe(6)

    // The same register again changes nothing: team + date + start is the same patrol.
    const again = await commit(auth, await upload(auth, await registerA(), '巡逻登记簿.xlsx'))
    expect(again.counts).toMatchObject({ created: 0, skipped: 4 })
    expect(await db.patrolLog.count()).toBe(6)

    // The done-when: the figures API counts the register's rows — logs, hours, findings by type.
    const figures = (await api(auth, 'GET', '/patrol-logs/figures?month=2026-11')).json()
    expect(figures.total).toMatchObject({
      logs: 6,
      patrols: 6,
      planned: 0,
      done: 6,
      // 360 + 360 + 120 + 150 + 360 + 330
      minutes: 1680,
      incidents: {
        fire_hazard: 1,
        suspicious_person: 1,
        public_order_hazard: 1,
        dispute: 1,
        theft: 0,
        other: 0,
      },
      questionings: 0,
    })
    const byTeam = Object.fromEntries(
      figures.byTeam.map((r: { team: { id: string }; logs: number; minutes: number }) => [
        r.team.id,
        [r.logs, r.minutes],
      ]),
    )
    expect(byTeam).toEqual({ [first.id]: [4, 1230], [group.id]: [2, 450] })
    // The office's figures (the annual report's 社会治安) hold the register's rows as well.
    const year = { asOf: '2026-11-30', from: '2026-01-01' }
    await expectFigure(auth, 'patrol.patrols', year, { value: 6 })
    await expectFigure(auth, 'patrol.minutes', year, { value: 1680 })
    await expectFigure(auth, 'patrol.findings', year, {
      value: 4,
      parts: { fire_hazard: 1, suspicious_person: 1, public_order_hazard: 1, dispute: 1 },
    })

    // Undo takes register B back, and the figures with it.
    const undone = await postJob(t().app, auth, committedB.id, 'undo')
    expect(undone.statusCode, undone.body).toBe(200)
    expect((await settledJob(t().app, auth, committedB.id)).status).toBe('undone')
    expect(await db.patrolLog.count()).toBe(4)
    const after = (await api(auth, 'GET', '/patrol-logs/figures?month=2026-11')).json()
    expect(after.total).toMatchObject({ logs: 4, minutes: 990 })
  })
})
