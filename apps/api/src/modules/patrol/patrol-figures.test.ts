import { describe, expect, it } from 'vitest'
import { apiRequest, seedCommitteeClerk } from '../../test/api-request.ts'
import { seedResident, seedUser } from '../../test/factories.ts'
import { useTestApp } from '../../test/test-app.ts'
import { toDbDate } from '../../lib/dates.ts'
import { newId } from '../../lib/ids.ts'

const t = useTestApp()
const api = apiRequest(t)

/**
 * The figures on real rows: a plan with two nights at the end of March (one logged, one not), a
 * log of the last night crossing into April, a February night ending on 1 March, and a patrol
 * logged without a plan. Rows are written with Prisma: the logs and plans APIs are others'.
 */
const setup = async () => {
  const clerk = await seedCommitteeClerk(t())
  const db = t().db.prisma
  const committeeId = clerk.committee.id
  const walker = await seedResident(db, t().app.cipher, { committeeId, name: '王巡' })
  const staff = await seedUser(db, { displayName: '李干事', committeeIds: [committeeId] })
  const team = await db.patrolTeam.create({
    data: { id: newId(), committeeId, kind: 'team', name: '第一巡逻队', buildingIds: [] },
  })
  const route = await db.patrolRoute.create({
    data: { id: newId(), committeeId, name: '夜巡线' },
  })
  const points = await Promise.all(
    [1, 2].map((position) =>
      db.patrolCheckpoint.create({
        data: {
          id: newId(),
          routeId: route.id,
          position,
          name: `点${position}`,
          expectedMinutes: position === 1 ? 0 : 10,
          deviationMinutes: 5,
          qrToken: newId(),
        },
      }),
    ),
  )
  const plan = await db.patrolPlan.create({
    data: {
      id: newId(),
      committeeId,
      teamId: team.id,
      routeId: route.id,
      days: { kind: 'dates', dates: ['2026-03-30', '2026-03-31'] },
      start: '20:00',
      end: '02:00',
      fromDate: toDbDate('2026-03-01'),
    },
  })
  const log = (data: {
    date: string
    start: string
    end: string | null
    planId?: string
    routeId?: string
    members: { residentId?: string; userId?: string; leader?: boolean }[]
  }) =>
    db.patrolLog.create({
      data: {
        id: newId(),
        committeeId,
        teamId: team.id,
        date: toDbDate(data.date),
        start: data.start,
        end: data.end,
        planId: data.planId ?? null,
        routeId: data.routeId ?? null,
        source: 'office',
        members: {
          create: data.members.map((m, i) => ({
            id: newId(),
            residentId: m.residentId ?? null,
            userId: m.userId ?? null,
            leader: m.leader ?? false,
            position: i + 1,
          })),
        },
      },
    })
  // 31 March 20:00 – 1 April 02:00 on the plan: the first point visited, the second missed.
  const lastNight = await log({
    date: '2026-03-31',
    start: '20:00',
    end: '02:00',
    planId: plan.id,
    routeId: route.id,
    members: [{ residentId: walker.id, leader: true }, { userId: staff.id }],
  })
  await db.patrolCheckpointVisit.create({
    data: {
      id: newId(),
      logId: lastNight.id,
      checkpointId: points[0]!.id,
      scannedAt: new Date('2026-03-31T20:02:00+08:00'),
    },
  })
  await db.patrolIncident.create({
    data: {
      id: newId(),
      logId: lastNight.id,
      position: 1,
      type: 'fire_hazard',
      text: '5号楼楼道堆放杂物',
      photoIds: [],
      handling: 'handled_on_site',
    },
  })
  await db.patrolQuestioning.create({
    data: {
      id: newId(),
      logId: lastNight.id,
      position: 1,
      name: '陌生男子',
      grounds: ['suspicious_behaviour'],
      outcome: 'released',
      photoIds: [],
    },
  })
  // February's last night ends on 1 March: it is February's.
  await log({
    date: '2026-02-28',
    start: '20:00',
    end: '02:00',
    members: [{ residentId: walker.id, leader: true }],
  })
  // A patrol without a plan or route: done once started, 19:00–21:30.
  await log({
    date: '2026-03-05',
    start: '19:00',
    end: '21:30',
    members: [{ residentId: walker.id, leader: true }],
  })
  return { ...clerk, team, walker, staff }
}

const none = {
  suspicious_person: 0,
  public_order_hazard: 0,
  fire_hazard: 0,
  dispute: 0,
  theft: 0,
  other: 0,
}

describe('patrol figures', () => {
  it('counts a month by service date: plan against actual, hours, coverage, findings, members', async () => {
    const { auth, committee, team, walker, staff } = await setup()
    const march = await api(auth, 'GET', `/patrol-logs/figures?month=2026-03`)
    expect(march.statusCode, march.body).toBe(200)
    const figures = march.json()
    expect(figures.total).toEqual({
      patrols: 3,
      planned: 2,
      logs: 2,
      done: 1,
      partlyDone: 1,
      // 30 March was planned and nobody logged it: not patrolled (counted in notDone too).
      notDone: 1,
      notPatrolled: 1,
      // 20:00 → 次日02:00 is 360 minutes, 19:00 → 21:30 is 150.
      minutes: 510,
      checkpointsPlanned: 4,
      checkpointsVisited: 1,
      coveragePerMille: 250,
      incidents: { ...none, fire_hazard: 1 },
      questionings: 1,
    })
    expect(figures.byTeam).toHaveLength(1)
    expect(figures.byTeam[0].team).toEqual({ id: team.id, name: '第一巡逻队', kind: 'team' })
    const member = (id: string) =>
      figures.byMember.find((m: { member: { id: string } }) => m.member.id === id)
    expect(member(walker.id)).toMatchObject({
      member: { kind: 'resident', name: '王巡' },
      patrols: 2,
      logs: 2,
      minutes: 510,
    })
    expect(member(staff.id)).toMatchObject({
      member: { kind: 'user', name: '李干事' },
      patrols: 1,
      minutes: 360,
      incidents: { fire_hazard: 1 },
    })

    const february = (await api(auth, 'GET', `/patrol-logs/figures?month=2026-02`)).json()
    expect(february.total).toMatchObject({ patrols: 1, logs: 1, planned: 0, minutes: 360 })
    const april = (await api(auth, 'GET', `/patrol-logs/figures?month=2026-04`)).json()
    expect(april.total).toMatchObject({ patrols: 0, minutes: 0, coveragePerMille: null })

    // The filters: another team's id gives nothing; the committee's gives the same.
    const other = await api(auth, 'GET', `/patrol-logs/figures?month=2026-03&teamId=${newId()}`)
    expect(other.json().total.patrols).toBe(0)
    const mine = await api(
      auth,
      'GET',
      `/patrol-logs/figures?month=2026-03&committeeId=${committee.id}&teamId=${team.id}`,
    )
    expect(mine.json().total).toEqual(figures.total)
  })

  it('refuses a month that is not YYYY-MM, field by field', async () => {
    const { auth } = await seedCommitteeClerk(t())
    const answer = await api(auth, 'GET', `/patrol-logs/figures?month=2026-3`)
    expect(answer.statusCode).toBe(400)
    expect(answer.json().errors[0].path).toBe('query.month')
  })
})
