import { describe, expect, it } from 'vitest'
import { errorCodeOfMessage } from '../common/issue.ts'
import { followUpState, ZPatrolFollowUpCreate } from './patrol-follow-up.ts'
import {
  ZPatrolCheckpointVisitCreate,
  ZPatrolLogCreate,
  ZPatrolLogUpdate,
  ZQuestionedPersonInput,
} from './patrol-log.ts'
import {
  findingsOfText,
  incidentTypeOfText,
  namesOfCell,
  ZPatrolRegisterRow,
} from './patrol-register-row.ts'

const a = '0190a5f0-0000-7000-8000-000000000001'
const b = '0190a5f0-0000-7000-8000-000000000002'
const c = '0190a5f0-0000-7000-8000-000000000003'
// Built-in checks (min, max) keep only our message, so the code comes back from its text, as
// the API recovers it.
const codesOf = (result: {
  success: boolean
  error?: { issues: { path: PropertyKey[]; message: string; params?: unknown }[] }
}) =>
  result.error?.issues.map((i) => [
    i.path.join('.'),
    (i.params as { code?: string } | undefined)?.code ?? errorCodeOfMessage(i.message),
  ])

const log = {
  date: '2026-03-01',
  start: '20:00',
  end: '02:00',
  teamId: a,
  leader: { kind: 'resident', id: a },
  members: [
    { kind: 'resident', id: a },
    { kind: 'user', id: b },
  ],
}

describe('the patrol log contract', () => {
  it('reads a night’s log with its findings and defaults', () => {
    const parsed = ZPatrolLogCreate.parse({
      ...log,
      end: '０２：００',
      weather: 'sunny',
      incidents: [{ type: 'fire_hazard', text: '3号楼消防通道堆放杂物', photoIds: [c] }],
      questionings: [
        {
          person: { name: '某男', description: '黑色外套，推电动车' },
          grounds: ['suspicious_behaviour', 'suspicious_property'],
          outcome: 'handed_to_police',
          needsFollowUp: true,
        },
      ],
      handoverNote: '东门门禁损坏，已报物业',
    })
    expect(parsed).toMatchObject({ start: '20:00', end: '02:00', routeId: null, planId: null })
    expect(parsed.incidents[0]).toMatchObject({
      handling: 'handled_on_site',
      needsFollowUp: false,
      placeId: null,
      unregisteredTenant: null,
    })
    expect(parsed.questionings[0]!.person).toEqual({
      residentId: null,
      name: '某男',
      idNumber: null,
      description: '黑色外套，推电动车',
    })
  })

  it('takes a questioned person’s ID number as every ID number enters, and refuses a bad one', () => {
    expect(
      ZQuestionedPersonInput.parse({ idNumber: '11010519491231002x', name: '张三' }).idNumber,
    ).toBe('11010519491231002X')
    expect(
      codesOf(ZQuestionedPersonInput.safeParse({ name: '张三', idNumber: '110105194912310021' })),
    ).toEqual([['idNumber', 'id_number_check_digit']])
    expect(codesOf(ZQuestionedPersonInput.safeParse({}))).toEqual([
      ['name', 'patrol_questioned_person_required'],
    ])
  })

  it('refuses a leader who did not go, a member twice, no grounds and a bad time', () => {
    expect(
      codesOf(ZPatrolLogCreate.safeParse({ ...log, leader: { kind: 'user', id: a } })),
    ).toEqual([['leader', 'patrol_leader_not_member']])
    expect(
      codesOf(
        ZPatrolLogCreate.safeParse({
          ...log,
          members: [...log.members, { kind: 'resident', id: a }],
        }),
      ),
    ).toEqual([['members', 'patrol_member_repeated']])
    expect(
      codesOf(
        ZPatrolLogCreate.safeParse({
          ...log,
          start: '25:00',
          questionings: [{ person: { residentId: c }, grounds: [], outcome: 'released' }],
        }),
      ),
    ).toEqual([
      ['start', 'patrol_time_invalid'],
      ['questionings.0.grounds', 'patrol_grounds_required'],
    ])
  })

  it('leaves a field out of a change unchanged, and checks the leader only with the members', () => {
    expect(ZPatrolLogUpdate.parse({ handoverNote: '无' })).toEqual({ handoverNote: '无' })
    expect(codesOf(ZPatrolLogUpdate.safeParse({ members: [] }))).toEqual([
      ['members', 'patrol_members_required'],
    ])
  })

  it('takes a checkpoint visit with or without a position', () => {
    expect(
      ZPatrolCheckpointVisitCreate.parse({
        checkpointId: a,
        scannedAt: '2026-03-02T01:10:05+08:00',
      }).position,
    ).toBeNull()
    expect(
      codesOf(
        ZPatrolCheckpointVisitCreate.safeParse({
          checkpointId: a,
          scannedAt: '2026-03-02T01:10:05+08:00',
          position: { lat: 91, lng: 116.4, accuracy: 12 },
        }),
      ),
    ).toEqual([['position.lat', 'patrol_position_invalid']])
  })
})

describe('follow-ups', () => {
  it('are open, overdue after their due day, closed once dated', () => {
    expect(followUpState({ dueOn: '2026-03-10', closedOn: null }, '2026-03-10')).toBe('open')
    expect(followUpState({ dueOn: '2026-03-10', closedOn: null }, '2026-03-11')).toBe('overdue')
    expect(followUpState({ dueOn: '2026-03-10', closedOn: '2026-03-12' }, '2026-03-20')).toBe(
      'closed',
    )
    expect(
      ZPatrolFollowUpCreate.parse({
        findingId: a,
        ownerId: b,
        openedOn: '2026-03-02',
        dueOn: '2026-03-09',
      }),
    ).toMatchObject({ note: null })
  })
})

describe('a patrol register row', () => {
  const row = {
    date: '2026-03-01',
    start: '20:00',
    end: '02:00',
    team: '巡逻一队',
    leader: '王建国',
    members: '李明、张伟，赵强  刘洋',
    route: '东区夜巡',
    findings: '1、3号楼消防通道堆放杂物；2、东门有陌生人徘徊',
    handling: '已通知物业清理；盘查后放行',
  }

  it('reads times as written, the members cell, and the findings by type', () => {
    const parsed = ZPatrolRegisterRow.parse(row)
    expect(parsed).toMatchObject({
      start: '20:00',
      end: '02:00',
      members: ['王建国', '李明', '张伟', '赵强', '刘洋'],
      incidents: [
        { type: 'fire_hazard', text: '3号楼消防通道堆放杂物' },
        { type: 'suspicious_person', text: '东门有陌生人徘徊' },
      ],
      written: { start: '20:00', end: '02:00', findings: row.findings },
    })
    expect(ZPatrolRegisterRow.parse({ ...row, start: '20:00-次日02:00', end: '' })).toMatchObject({
      start: '20:00',
      end: '02:00',
      written: { start: '20:00-次日02:00', end: null },
    })
    expect(ZPatrolRegisterRow.parse({ ...row, findings: '无异常' }).incidents).toEqual([])
  })

  it('refuses a row without a team and a time it cannot read, at the cell', () => {
    expect(codesOf(ZPatrolRegisterRow.safeParse({ ...row, team: ' ' }))).toEqual([
      ['team', 'patrol_register_team_required'],
    ])
    expect(codesOf(ZPatrolRegisterRow.safeParse({ ...row, end: '凌晨' }))).toEqual([
      ['end', 'patrol_time_invalid'],
    ])
    expect(
      codesOf(ZPatrolRegisterRow.safeParse({ ...row, start: '晚上', end: '次日02:00' })),
    ).toEqual([['start', 'patrol_time_invalid']])
    expect(codesOf(ZPatrolRegisterRow.safeParse({ ...row, end: '次日21:00' }))).toEqual([
      ['end', 'patrol_window_too_long'],
    ])
  })

  it('splits cells and guesses types by their words', () => {
    expect(namesOfCell('李明 / 张伟、李明')).toEqual(['李明', '张伟'])
    expect(findingsOfText(' 无异常。')).toEqual([])
    expect(findingsOfText(null)).toEqual([])
    expect(incidentTypeOfText('2栋电动车被盗')).toBe('theft')
    expect(incidentTypeOfText('邻里因噪音争吵')).toBe('dispute')
    expect(incidentTypeOfText('北门路灯不亮')).toBe('public_order_hazard')
    expect(incidentTypeOfText('发现一只流浪狗')).toBe('other')
  })
})
