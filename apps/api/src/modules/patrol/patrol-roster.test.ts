import { describe, expect, it } from 'vitest'
import { fixedClock } from '../../lib/clock.ts'
import { toDbDate } from '../../lib/dates.ts'
import { newId } from '../../lib/ids.ts'
import { apiRequest } from '../../test/api-request.ts'
import { seedUser } from '../../test/factories.ts'
import { signIn } from '../../test/sign-in.ts'
import { useTestApp } from '../../test/test-app.ts'
import { seedPatrolCommittee } from './patrol-test-setup.ts'

// 01:30 on Wednesday 2 December 2026: still Tuesday's night (20:00–次日02:00) for the phone.
const t = useTestApp({ clock: fixedClock('2026-12-02T01:30:00+08:00') })
const api = apiRequest(t)

type TEntry = {
  plan: { id: string }
  date: string
  team: { name: string }
  plannedTeam: { name: string } | null
  route: { name: string } | null
  absent: { name: string }[]
  cancelled: boolean
  cancelReason: string | null
  log: { id: string } | null
  edits: { id: string; kind: string }[]
  endsNextDay: boolean
}

/** 一队 every weekday night 20:00–次日02:00 on 东区路线; 二队 two Saturday mornings, no route. */
const setup = async () => {
  const world = await seedPatrolCommittee(t)
  const night = await world.post('/patrol-plans', {
    teamId: world.teams.one.id,
    routeId: world.route.id,
    days: { kind: 'weekdays', weekdays: [1, 2, 3, 4, 5] },
    start: '20:00',
    end: '02:00',
    from: '2026-11-01',
  })
  const mornings = await world.post('/patrol-plans', {
    teamId: world.teams.two.id,
    days: { kind: 'dates', dates: ['2026-11-07', '2026-11-14'] },
    start: '09:00',
    end: '11:00',
    from: '2026-11-01',
  })
  const roster = async (query = '') => {
    const answer = await api(world.auth, 'GET', `/patrol-plans/roster?month=2026-11${query}`)
    expect(answer.statusCode, answer.body).toBe(200)
    return answer.json() as { entries: TEntry[]; unmatchedEdits: { id: string; kind: string }[] }
  }
  const edit = (body: object) => api(world.auth, 'POST', '/patrol-plans/roster-edits', body)
  return { ...world, night, mornings, roster, edit }
}

const on = (entries: TEntry[], date: string) => entries.filter((e) => e.date === date)

describe('the month’s roster', () => {
  it('is generated from two plans, with a swap, a leave and a cancellation; an edit undone', async () => {
    const { night, mornings, residents, roster, edit, auth, committee, teams } = await setup()
    const plain = await roster()
    // November 2026 starts on a Sunday: 21 weekday nights and two Saturday mornings.
    expect(plain.entries).toHaveLength(23)
    expect(on(plain.entries, '2026-11-02')[0]).toMatchObject({
      team: { name: '一队' },
      route: { name: '东区路线' },
      endsNextDay: true,
      cancelled: false,
      log: null,
    })
    expect(on(plain.entries, '2026-11-07')[0]).toMatchObject({
      team: { name: '二队' },
      route: null,
    })

    const swap = await edit({
      kind: 'swap',
      entry: { planId: night.id, date: '2026-11-03' },
      other: { planId: mornings.id, date: '2026-11-07' },
    })
    expect(swap.statusCode, swap.body).toBe(201)
    const leave = await edit({
      kind: 'leave',
      entry: { planId: night.id, date: '2026-11-04' },
      member: { kind: 'resident', id: residents[1]!.id },
    })
    expect(leave.statusCode, leave.body).toBe(201)
    const cancel = await edit({
      kind: 'cancel',
      entry: { planId: night.id, date: '2026-11-05' },
      reason: '暴雨',
    })
    expect(cancel.statusCode, cancel.body).toBe(201)
    // A log of the night of 2 November fulfils that entry.
    const logId = newId()
    await t().db.prisma.patrolLog.create({
      data: {
        id: logId,
        committeeId: committee.id,
        date: toDbDate('2026-11-02'),
        start: '20:05',
        end: '01:55',
        teamId: teams.one.id,
        planId: night.id,
        source: 'office',
      },
    })

    const edited = await roster()
    expect(edited.entries).toHaveLength(23)
    expect(on(edited.entries, '2026-11-02')[0]!.log).toMatchObject({ id: logId })
    expect(on(edited.entries, '2026-11-03')[0]).toMatchObject({
      team: { name: '二队' },
      plannedTeam: { name: '一队' },
    })
    expect(on(edited.entries, '2026-11-07')[0]).toMatchObject({
      team: { name: '一队' },
      plannedTeam: { name: '二队' },
    })
    expect(on(edited.entries, '2026-11-04')[0]!.absent.map((p) => p.name)).toEqual(['李秀英'])
    expect(on(edited.entries, '2026-11-05')[0]).toMatchObject({
      cancelled: true,
      cancelReason: '暴雨',
      edits: [{ id: cancel.json().id, kind: 'cancel' }],
    })
    // A swap is an edit of both its entries: either one undoes it.
    expect(on(edited.entries, '2026-11-07')[0]!.edits).toEqual([
      { id: swap.json().id, kind: 'swap' },
    ])
    expect(edited.unmatchedEdits).toEqual([])
    // A team's roster shows where it goes and where it was planned.
    const two = await roster(`&teamId=${teams.two.id}`)
    expect(two.entries.map((e) => e.date)).toEqual(['2026-11-03', '2026-11-07', '2026-11-14'])

    // Undo the cancellation: the night is back; undoing twice is a 404.
    const undo = await api(auth, 'DELETE', `/patrol-plans/roster-edits/${cancel.json().id}`)
    expect(undo.statusCode, undo.body).toBe(204)
    expect(on((await roster()).entries, '2026-11-05')[0]!.cancelled).toBe(false)
    expect(
      (await api(auth, 'DELETE', `/patrol-plans/roster-edits/${cancel.json().id}`)).statusCode,
    ).toBe(404)

    // The mornings' plan loses 7 November: the swap names an entry no longer given.
    const changed = await api(
      auth,
      'PATCH',
      `/patrol-plans/${mornings.id}`,
      { days: { kind: 'dates', dates: ['2026-11-14'] } },
      mornings.version,
    )
    expect(changed.statusCode, changed.body).toBe(200)
    const after = await roster()
    expect(after.unmatchedEdits).toMatchObject([{ id: swap.json().id, kind: 'swap' }])
    expect(on(after.entries, '2026-11-03')[0]).toMatchObject({
      team: { name: '一队' },
      plannedTeam: null,
    })
  })

  it('refuses edits on entries the plans do not give, strangers, and people not in the team', async () => {
    const { night, mornings, residents, edit } = await setup()
    const other = await seedPatrolCommittee(t)
    const refused = async (body: object) => {
      const answer = await edit(body)
      expect(answer.statusCode, answer.body).toBe(400)
      return answer.json().errors.map((e: { path: string; code: string }) => [e.path, e.code])
    }
    // 7 November 2026 is a Saturday: the night plan does not run.
    expect(
      await refused({ kind: 'cancel', entry: { planId: night.id, date: '2026-11-07' } }),
    ).toEqual([['entry', 'patrol_roster_entry_unknown']])
    expect(
      await refused({
        kind: 'swap',
        entry: { planId: night.id, date: '2026-11-03' },
        other: { planId: mornings.id, date: '2026-11-08' },
      }),
    ).toEqual([['other', 'patrol_roster_entry_unknown']])
    expect(
      await refused({
        kind: 'swap',
        entry: { planId: night.id, date: '2026-11-03' },
        other: { planId: night.id, date: '2026-11-03' },
      }),
    ).toEqual([['other', 'patrol_roster_swap_same']])
    expect(
      await refused({
        kind: 'replace',
        entry: { planId: night.id, date: '2026-11-03' },
        teamId: other.teams.one.id,
      }),
    ).toEqual([['teamId', 'patrol_roster_team_unknown']])
    // 张伟 is of 二队, not of 一队 that has the night.
    expect(
      await refused({
        kind: 'leave',
        entry: { planId: night.id, date: '2026-11-04' },
        member: { kind: 'resident', id: residents[2]!.id },
      }),
    ).toEqual([['member', 'patrol_roster_member_unknown']])
    expect(
      await refused({ kind: 'cancel', entry: { planId: night.id, date: '2026-10-30' } }),
    ).toEqual([['entry', 'patrol_roster_entry_unknown']])
    // Another committee's clerk cannot name the plan.
    const stranger = await api(other.auth, 'POST', '/patrol-plans/roster-edits', {
      kind: 'cancel',
      entry: { planId: night.id, date: '2026-11-03' },
    })
    expect(stranger.statusCode).toBe(400)
    expect(stranger.json().errors).toMatchObject([
      { path: 'entry', code: 'patrol_roster_entry_unknown' },
    ])
  })

  it('gives the phone yesterday’s night at 01:30, for the caller’s own teams only', async () => {
    const { committee, teams, post, auth: clerk } = await setup()
    const staff = await seedUser(t().db.prisma, {
      role: 'clerk',
      displayName: '社工刘洋',
      committeeIds: [committee.id],
    })
    const team = (await api(clerk, 'GET', `/patrol-teams/${teams.one.id}`)).json()
    await post(
      `/patrol-teams/${teams.one.id}/members`,
      { userId: staff.id, joinedOn: '2026-01-01' },
      team.version,
    )
    const auth = await signIn(t().app, staff.username)
    const today = await api(auth, 'GET', '/patrol-plans/today')
    expect(today.statusCode, today.body).toBe(200)
    // Tuesday 1 December's night 20:00–次日02:00 still holds 01:30 on the 2nd.
    expect(today.json()).toMatchObject({
      serviceDate: '2026-12-01',
      entries: [{ date: '2026-12-01', start: '20:00', end: '02:00', team: { name: '一队' } }],
    })
    // The clerk is no member of any team: nothing to do tonight.
    const none = await seedUser(t().db.prisma, { role: 'clerk', committeeIds: [committee.id] })
    const empty = await api(await signIn(t().app, none.username), 'GET', '/patrol-plans/today')
    expect(empty.json()).toEqual({ serviceDate: '2026-12-02', entries: [] })
  })
})
