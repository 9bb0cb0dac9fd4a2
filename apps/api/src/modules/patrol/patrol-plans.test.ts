import { describe, expect, it } from 'vitest'
import { apiRequest, seedCommitteeClerk } from '../../test/api-request.ts'
import { useTestApp } from '../../test/test-app.ts'
import { seedPatrolCommittee } from './patrol-test-setup.ts'

const t = useTestApp()
const api = apiRequest(t)

describe('patrol plans', () => {
  it('creates a night plan crossing midnight, lists, filters, changes and removes it', async () => {
    const { auth, committee, teams, route } = await seedPatrolCommittee(t)
    const created = await api(auth, 'POST', '/patrol-plans', {
      teamId: teams.one.id,
      routeId: route.id,
      days: { kind: 'weekdays', weekdays: [5, 1, 3, 1] },
      start: '２０：００',
      end: '02:00',
      from: '2026-11-01',
      to: '2026-11-30',
      note: '冬季夜巡',
    })
    expect(created.statusCode, created.body).toBe(201)
    const plan = created.json()
    expect(plan).toMatchObject({
      committee: { id: committee.id },
      team: { id: teams.one.id, name: '一队', kind: 'team' },
      route: { id: route.id, name: '东区路线' },
      days: { kind: 'weekdays', weekdays: [1, 3, 5] },
      start: '20:00',
      end: '02:00',
      endsNextDay: true,
      minutes: 360,
      from: '2026-11-01',
      to: '2026-11-30',
    })
    // A day plan without a route (a free beat), open-ended.
    const day = await api(auth, 'POST', '/patrol-plans', {
      teamId: teams.two.id,
      days: { kind: 'dates', dates: ['2026-12-24', '2026-12-31'] },
      start: '09:00',
      end: '11:30',
      from: '2026-12-01',
    })
    expect(day.statusCode, day.body).toBe(201)
    expect(day.json()).toMatchObject({ route: null, to: null, endsNextDay: false, minutes: 150 })

    const ids = async (query: string) =>
      (await api(auth, 'GET', `/patrol-plans?${query}`))
        .json()
        .items.map((p: { id: string }) => p.id)
    expect(await ids(`teamId=${teams.one.id}`)).toEqual([plan.id])
    expect(await ids(`routeId=${route.id}`)).toEqual([plan.id])
    expect(await ids('activeOn=2026-11-15')).toEqual([plan.id])
    expect(await ids('activeOn=2027-01-15')).toEqual([day.json().id])
    expect((await ids(`committeeId=${committee.id}`)).sort()).toEqual(
      [plan.id, day.json().id].sort(),
    )

    const changed = await api(
      auth,
      'PATCH',
      `/patrol-plans/${plan.id}`,
      { end: '23:00', routeId: null },
      plan.version,
    )
    expect(changed.statusCode, changed.body).toBe(200)
    expect(changed.json()).toMatchObject({ end: '23:00', endsNextDay: false, route: null })
    const backwards = await api(
      auth,
      'PATCH',
      `/patrol-plans/${plan.id}`,
      { to: '2026-10-01' },
      changed.json().version,
    )
    expect(backwards.statusCode).toBe(400)
    expect(backwards.json().errors).toMatchObject([{ path: 'to', code: 'date_range_invalid' }])

    const removed = await api(
      auth,
      'DELETE',
      `/patrol-plans/${plan.id}`,
      undefined,
      changed.json().version,
    )
    expect(removed.statusCode).toBe(204)
    expect((await api(auth, 'GET', `/patrol-plans/${plan.id}`)).statusCode).toBe(404)
  })

  it('refuses bad input with field errors: days, times, dates, another committee’s route', async () => {
    const { auth, teams } = await seedPatrolCommittee(t)
    const other = await seedPatrolCommittee(t)
    const base = {
      teamId: teams.one.id,
      days: { kind: 'every_day' },
      start: '20:00',
      end: '02:00',
      from: '2026-11-01',
    }
    const refused = async (body: object) => {
      const answer = await api(auth, 'POST', '/patrol-plans', { ...base, ...body })
      expect(answer.statusCode, answer.body).toBe(400)
      return answer.json().errors.map((e: { path: string; code: string }) => [e.path, e.code])
    }
    expect(await refused({ days: { kind: 'weekdays', weekdays: [] } })).toEqual([
      ['days.weekdays', 'patrol_plan_days_required'],
    ])
    expect(await refused({ start: '25:00' })).toEqual([['start', 'patrol_time_invalid']])
    expect(await refused({ to: '2026-10-01' })).toEqual([['to', 'date_range_invalid']])
    expect(await refused({ routeId: other.route.id })).toEqual([
      ['routeId', 'patrol_plan_route_unknown'],
    ])
    expect(await refused({ teamId: other.teams.one.id })).toEqual([
      ['teamId', 'patrol_team_unknown'],
    ])
  })

  it('keeps plans to their committee: another committee’s clerk gets 404 and an empty list', async () => {
    const { auth, teams } = await seedPatrolCommittee(t)
    const plan = (
      await api(auth, 'POST', '/patrol-plans', {
        teamId: teams.one.id,
        days: { kind: 'every_day' },
        start: '20:00',
        end: '02:00',
        from: '2026-11-01',
      })
    ).json()
    const stranger = await seedCommitteeClerk(t())
    expect((await api(stranger.auth, 'GET', `/patrol-plans/${plan.id}`)).statusCode).toBe(404)
    expect((await api(stranger.auth, 'GET', '/patrol-plans')).json().items).toEqual([])
    const roster = (await api(stranger.auth, 'GET', '/patrol-plans/roster?month=2026-11')).json()
    expect(roster.entries).toEqual([])
    const edit = await api(stranger.auth, 'POST', '/patrol-plans/roster-edits', {
      kind: 'cancel',
      entry: { planId: plan.id, date: '2026-11-02' },
    })
    expect(edit.statusCode).toBe(400)
    expect(edit.json().errors).toMatchObject([
      { path: 'entry', code: 'patrol_roster_entry_unknown' },
    ])
  })
})
