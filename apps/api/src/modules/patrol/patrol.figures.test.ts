import { describe, expect, it } from 'vitest'
import type { TSeries } from '@cr/shared/statistics/statistics'
import { seedCommitteeClerk } from '../../test/api-request.ts'
import { seedUser } from '../../test/factories.ts'
import { figureReader } from '../../test/figures.ts'
import { signIn } from '../../test/sign-in.ts'
import { useTestApp } from '../../test/test-app.ts'
import { toDbDate } from '../../lib/dates.ts'
import { newId } from '../../lib/ids.ts'

const t = useTestApp()
const { get, figure, expectFigure } = figureReader(t)

/**
 * Committee A's two teams and their logs, written with Prisma (the logs API is the patrol
 * module's own tested work; here the dates are what matters):
 * - L1 2026-02-28 20:00–02:00 (360 min), L2 2026-03-05 19:00–21:30 (150; a fire hazard and a
 *   dispute), L3 2026-03-31 20:00–02:00 (360; a fire hazard), L5 2026-06-20 20:00 not ended (0),
 *   L6 2026-06-25 10:00–11:00 (60) deleted on 5 July — all 第一巡逻队;
 * - L4 2026-06-10 08:00–09:15 (75; a theft) of 楼栋组;
 * - committee B's L7 2026-10-15 19:00–20:00 (60).
 * Follow-ups: F1 of L2 opened 03-06, due 03-20, closed 04-10; F2 of L3 opened 04-01, due 04-15,
 * never closed; F3 of L4 opened 06-11, due 07-31, closed 08-01.
 */
const seed = async () => {
  const a = await seedCommitteeClerk(t())
  const b = await seedCommitteeClerk(t())
  const db = t().db.prisma
  const team = (committeeId: string, name: string) =>
    db.patrolTeam.create({
      data: { id: newId(), committeeId, kind: 'team', name, buildingIds: [] },
    })
  const first = await team(a.committee.id, '第一巡逻队')
  const group = await team(a.committee.id, '楼栋组')
  const other = await team(b.committee.id, '乙队')
  const log = (
    teamRow: { id: string; committeeId: string },
    date: string,
    start: string,
    end: string | null,
    incidents: string[] = [],
    deletedOn?: string,
  ) =>
    db.patrolLog.create({
      data: {
        id: newId(),
        committeeId: teamRow.committeeId,
        teamId: teamRow.id,
        date: toDbDate(date),
        start,
        end,
        source: 'office',
        deletedAt: deletedOn ? new Date(`${deletedOn}T10:00:00+08:00`) : null,
        incidents: {
          create: incidents.map((type, i) => ({
            id: newId(),
            position: i + 1,
            type,
            text: `发现${i + 1}`,
            photoIds: [],
            handling: 'follow_up',
          })),
        },
      },
      include: { incidents: true },
    })
  await log(first, '2026-02-28', '20:00', '02:00')
  const l2 = await log(first, '2026-03-05', '19:00', '21:30', ['fire_hazard', 'dispute'])
  const l3 = await log(first, '2026-03-31', '20:00', '02:00', ['fire_hazard'])
  const l4 = await log(group, '2026-06-10', '08:00', '09:15', ['theft'])
  await log(first, '2026-06-20', '20:00', null)
  await log(first, '2026-06-25', '10:00', '11:00', [], '2026-07-05')
  await log(other, '2026-10-15', '19:00', '20:00')
  const owner = await seedUser(db, { committeeIds: [a.committee.id] })
  const followUp = (
    logRow: { id: string; incidents: { id: string }[] },
    openedOn: string,
    dueOn: string,
    closedOn: string | null,
  ) =>
    db.patrolFollowUp.create({
      data: {
        id: newId(),
        committeeId: a.committee.id,
        logId: logRow.id,
        incidentId: logRow.incidents[0]!.id,
        ownerId: owner.id,
        openedOn: toDbDate(openedOn),
        dueOn: toDbDate(dueOn),
        closedOn: closedOn ? toDbDate(closedOn) : null,
      },
    })
  await followUp(l2, '2026-03-06', '2026-03-20', '2026-04-10')
  await followUp(l3, '2026-04-01', '2026-04-15', null)
  await followUp(l4, '2026-06-11', '2026-07-31', '2026-08-01')
  return { a, b, first, group }
}

describe('patrol figures as of a date', () => {
  it('count patrols, minutes, findings and open follow-ups as of three dates', async () => {
    const { a, b, first, group } = await seed()

    const march = { asOf: '2026-03-31' }
    await expectFigure(a.auth, 'patrol.patrols', march, { value: 3, parts: { [first.id]: 3 } })
    await expectFigure(a.auth, 'patrol.minutes', march, {
      value: 870,
      parts: { [first.id]: 870 },
    })
    await expectFigure(a.auth, 'patrol.findings', march, {
      value: 3,
      parts: { fire_hazard: 2, dispute: 1 },
    })
    await expectFigure(a.auth, 'patrol.follow-ups-open', march, {
      value: 1,
      parts: { overdue: 1 },
    })

    // L6 was deleted in July: on 30 June it was there.
    const june = { asOf: '2026-06-30' }
    await expectFigure(a.auth, 'patrol.patrols', june, {
      value: 6,
      parts: { [first.id]: 5, [group.id]: 1 },
    })
    await expectFigure(a.auth, 'patrol.minutes', june, {
      value: 1005,
      parts: { [first.id]: 930, [group.id]: 75 },
    })
    await expectFigure(a.auth, 'patrol.findings', june, {
      value: 4,
      parts: { fire_hazard: 2, dispute: 1, theft: 1 },
    })
    await expectFigure(a.auth, 'patrol.follow-ups-open', june, {
      value: 2,
      parts: { overdue: 1, open: 1 },
    })

    const november = { asOf: '2026-11-30' }
    await expectFigure(a.auth, 'patrol.patrols', november, { value: 5 })
    await expectFigure(a.auth, 'patrol.minutes', november, { value: 945 })
    await expectFigure(a.auth, 'patrol.findings', november, { value: 4 })
    const open = await expectFigure(a.auth, 'patrol.follow-ups-open', november, {
      value: 1,
      parts: { overdue: 1 },
    })
    expect(open.items[0]).toMatchObject({ label: '第一巡逻队 2026-03-31', date: '2026-04-01' })
    // A period of its own: the second quarter.
    await expectFigure(
      a.auth,
      'patrol.patrols',
      { asOf: '2026-06-30', from: '2026-04-01' },
      { value: 3 },
    )

    // Committee B's clerk sees B's patrol only; everyone's supervisor sees both.
    await expectFigure(b.auth, 'patrol.patrols', november, { value: 1 })
    await expectFigure(b.auth, 'patrol.minutes', november, { value: 60 })
    await expectFigure(b.auth, 'patrol.findings', november, { value: 0 })
    await expectFigure(b.auth, 'patrol.follow-ups-open', november, { value: 0 })
    const supervisor = await seedUser(t().db.prisma, { role: 'supervisor' })
    const all = await signIn(t().app, supervisor.username)
    await expectFigure(all, 'patrol.patrols', november, { value: 6 })
    await expectFigure(all, 'patrol.minutes', november, { value: 1005 })
  })

  it('are not recorded (null) for a committee without patrols', async () => {
    const { auth } = await seedCommitteeClerk(t())
    expect((await figure(auth, 'patrol.patrols', '2026-11-30')).value).toBeNull()
    expect((await figure(auth, 'patrol.follow-ups-open', '2026-11-30')).value).toBeNull()
  })

  it('give patrols by month (null before the first patrol)', async () => {
    const { a } = await seed()
    const series = await get<TSeries>(
      a.auth,
      '/statistics/series?keys=patrol.patrols,patrol.minutes&interval=month&to=2026-06-15&periods=6',
    )
    expect(
      series.points.map((p) => [p.from, p.values['patrol.patrols'], p.values['patrol.minutes']]),
    ).toEqual([
      ['2026-01-01', null, null],
      ['2026-02-01', 1, 360],
      ['2026-03-01', 2, 510],
      ['2026-04-01', 0, 0],
      ['2026-05-01', 0, 0],
      ['2026-06-01', 3, 135],
    ])
  })
})
