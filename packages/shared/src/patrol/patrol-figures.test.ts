import { describe, expect, it } from 'vitest'
import { monthlyPatrolFigures, patrolMinutes, type TFigurePatrol } from './patrol-figures.ts'

const patrol = (p: Partial<TFigurePatrol>): TFigurePatrol => ({
  teamId: 'team',
  date: '2026-03-02',
  planned: true,
  outcome: 'done',
  memberIds: ['m1', 'm2'],
  startedAt: '2026-03-02T20:00',
  endedAt: '2026-03-03T02:00',
  checkpointsPlanned: 3,
  checkpointsVisited: 3,
  incidents: [],
  questionings: 0,
  ...p,
})

describe('monthly patrol figures', () => {
  it('counts the minutes of a night crossing midnight', () => {
    expect(patrolMinutes('2026-03-31T20:00', '2026-04-01T02:00')).toBe(360)
    expect(patrolMinutes('2026-03-31T23:30:30', '2026-04-01T00:30')).toBe(59)
    expect(patrolMinutes('2026-03-31T20:00', null)).toBe(0)
  })

  it('tallies per team and per member, by service date, with coverage floored per mille', () => {
    const figures = monthlyPatrolFigures(
      [
        patrol({ incidents: ['fire_hazard', 'suspicious_person'], questionings: 1 }),
        patrol({
          date: '2026-03-04',
          outcome: 'partly_done',
          memberIds: ['m1'],
          startedAt: '2026-03-04T20:00',
          endedAt: '2026-03-04T23:00',
          checkpointsVisited: 2,
          incidents: ['fire_hazard'],
        }),
        patrol({
          date: '2026-03-06',
          outcome: 'not_done',
          memberIds: [],
          startedAt: null,
          endedAt: null,
          checkpointsVisited: 0,
        }),
        // A patrol logged without a plan by the building leaders.
        patrol({
          teamId: 'group',
          planned: false,
          memberIds: ['m3', 'm1'],
          startedAt: '2026-03-31T19:00',
          endedAt: '2026-03-31T20:30',
          date: '2026-03-31',
          checkpointsPlanned: 0,
          checkpointsVisited: 0,
        }),
        // Its service date is in February, though it ended on 1 March.
        patrol({ date: '2026-02-28', startedAt: '2026-02-28T20:00', endedAt: '2026-03-01T02:00' }),
      ],
      '2026-03',
    )
    expect(figures.total).toMatchObject({
      patrols: 4,
      planned: 3,
      done: 2,
      partlyDone: 1,
      notDone: 1,
      minutes: 360 + 180 + 90,
      checkpointsPlanned: 9,
      checkpointsVisited: 5,
      coveragePerMille: 555,
      questionings: 1,
    })
    expect(figures.total.incidents).toEqual({
      suspicious_person: 1,
      public_order_hazard: 0,
      fire_hazard: 2,
      dispute: 0,
      theft: 0,
      other: 0,
    })
    expect(figures.byTeam.map((t) => [t.teamId, t.patrols, t.coveragePerMille])).toEqual([
      ['group', 1, null],
      ['team', 3, 555],
    ])
    expect(figures.byMember.map((m) => [m.memberId, m.patrols, m.minutes])).toEqual([
      ['m1', 3, 630],
      ['m2', 1, 360],
      ['m3', 1, 90],
    ])
  })
})
