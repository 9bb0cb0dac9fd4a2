import { rolePermissions } from '@cr/shared/auth/roles'
import { describe, expect, it } from 'vitest'
import { seedUser, testIdNumber } from '../../test/factories.ts'
import { createTeam, pngBytes, seedPatrolWorld, uploadPhoto } from '../../test/patrol-logs.ts'
import { signIn } from '../../test/sign-in.ts'
import { useTestApp } from '../../test/test-app.ts'

const t = useTestApp()

describe('field roles (巡逻队员, 楼长): their own teams’ work only', () => {
  it('grant reading and recording patrols and nothing else', () => {
    for (const role of ['patrol_member', 'building_leader'] as const)
      expect([...rolePermissions[role]].sort()).toEqual(['patrol:read', 'patrol:record'])
    for (const role of ['admin', 'supervisor', 'clerk'] as const)
      expect(rolePermissions[role]).toContain('patrol:record')
    expect(rolePermissions.viewer).not.toContain('patrol:record')
  })

  it('is declared on every route of patrol logs and teams a field role can reach', () => {
    const reach = new Set<string>(rolePermissions.patrol_member)
    const reachable = t().app.routeTable.filter((r) => reach.has(r.permission!))
    const routes = reachable.filter(
      (r) => /^\/api\/v1\/patrol-(logs|teams)(\/|$)/.test(r.url) && r.teamScope !== undefined,
    )
    expect(routes.length).toBeGreaterThan(10)
    expect(routes.filter((r) => r.teamScope !== 'own').map((r) => `${r.method} ${r.url}`)).toEqual(
      [],
    )
    // Only the routes and their checkpoints are the committee's shared patrol data; every other
    // route their permissions reach without a declaration refuses them (the guard, below).
    expect(
      reachable
        .filter((r) => r.teamScope === 'committee')
        .every((r) => r.url.startsWith('/api/v1/patrol-routes')),
    ).toBe(true)
    expect(reachable.filter((r) => r.teamScope === undefined).length).toBeGreaterThan(0)
  })

  it('see and record only the teams they are a current member of; no registry, no ID numbers, no office edits', async () => {
    const w = await seedPatrolWorld(t)
    const field = await seedUser(t().db.prisma, {
      role: 'building_leader',
      displayName: '周楼长',
      committeeIds: [w.committee.id],
    })
    const own = await createTeam(t, w.auth, w.committee.id, '3号楼楼长组', [
      { userId: field.id, leader: true },
      { residentId: w.member.id },
    ])
    const auth = await signIn(t().app, field.username)
    const mine = {
      date: '2026-03-01',
      start: '19:00',
      teamId: own.id,
      leader: { kind: 'user', id: field.id },
      members: [
        { kind: 'user', id: field.id },
        { kind: 'resident', id: w.member.id },
      ],
    }
    const idNumber = testIdNumber()
    const created = await w.api(auth, 'POST', '/patrol-logs', {
      ...mine,
      questionings: [
        { person: { name: '吴某', idNumber }, grounds: ['unknown_identity'], outcome: 'released' },
      ],
    })
    expect(created.statusCode, created.body).toBe(201)
    expect(created.json()).toMatchObject({ source: 'phone', leader: { name: '周楼长' } })
    expect(created.body).not.toContain(idNumber)
    const log = created.json()

    // The office's log of the other team in the same committee: not theirs (404, alike unknown).
    const office = await w.api(w.auth, 'POST', '/patrol-logs', {
      date: '2026-03-01',
      start: '20:00',
      teamId: w.team.id,
      leader: { kind: 'resident', id: w.leader.id },
      members: [{ kind: 'resident', id: w.leader.id }],
      routeId: w.route.id,
      incidents: [{ type: 'fire_hazard', text: '消防通道堆放杂物' }],
    })
    const theirs = office.json()
    expect((await w.api(auth, 'GET', `/patrol-logs/${theirs.id}`)).statusCode).toBe(404)
    expect(
      (
        await w.api(auth, 'POST', `/patrol-logs/${theirs.id}/visits`, {
          checkpointId: w.route.checkpoints[0]!.id,
          scannedAt: '2026-03-01T20:10:00+08:00',
        })
      ).statusCode,
    ).toBe(404)
    expect((await uploadPhoto(t().app, auth, theirs.id, pngBytes)).statusCode).toBe(404)
    const list = (await w.api(auth, 'GET', '/patrol-logs')).json()
    expect(list.items.map((l: { id: string }) => l.id)).toEqual([log.id])
    const exported = await w.api(auth, 'GET', '/patrol-logs/export?format=csv')
    expect(exported.body).not.toContain('夜巡队')
    const someoneElses = await w.api(auth, 'POST', '/patrol-logs', { ...mine, teamId: w.team.id })
    expect(someoneElses.json().errors).toEqual([
      expect.objectContaining({ path: 'teamId', code: 'patrol_team_unknown' }),
    ])

    // The other team's roster nights and follow-ups are not theirs either; their own are.
    const plan = async (teamId: string) =>
      (
        await w.api(w.auth, 'POST', '/patrol-plans', {
          teamId,
          days: { kind: 'weekdays', weekdays: [1] },
          start: '20:00',
          end: '02:00',
          from: '2026-03-01',
          to: '2026-03-31',
        })
      ).json()
    await plan(w.team.id)
    const ownPlan = await plan(own.id)
    const roster = (await w.api(auth, 'GET', '/patrol-plans/roster?month=2026-03')).json()
    expect(roster.entries.map((e: { plan: { id: string } }) => e.plan.id)).toEqual(
      Array(5).fill(ownPlan.id),
    )
    const followUp = await w.api(w.auth, 'POST', '/patrol-follow-ups', {
      findingId: theirs.incidents[0].id,
      ownerId: w.clerk.id,
      openedOn: '2026-03-02',
      dueOn: '2026-03-09',
    })
    expect(followUp.statusCode, followUp.body).toBe(201)
    expect((await w.api(auth, 'GET', '/patrol-follow-ups')).json().items).toEqual([])
    expect((await w.api(auth, 'GET', `/patrol-follow-ups/${followUp.json().id}`)).statusCode).toBe(
      404,
    )

    // Routes that do not say how a team limits them refuse a field role, whatever it may read:
    // the month's figures (the office's report), a route's QR codes (scans without walking).
    for (const path of [
      '/patrol-logs/figures?month=2026-03',
      `/patrol-routes/${w.route.id}/qr-sheet`,
    ])
      expect((await w.api(auth, 'GET', path)).statusCode, path).toBe(403)
    expect((await w.api(auth, 'GET', `/patrol-routes/${w.route.id}`)).statusCode).toBe(200)
    expect((await w.api(auth, 'GET', '/patrol-plans/today')).statusCode).toBe(200)

    // Teams: theirs only.
    const teams = (await w.api(auth, 'GET', '/patrol-teams')).json()
    expect(teams.items.map((team: { id: string }) => team.id)).toEqual([own.id])
    expect((await w.api(auth, 'GET', `/patrol-teams/${w.team.id}`)).statusCode).toBe(404)

    // Recording steps on their own log work; office edits and the registry do not.
    const ended = await w.api(auth, 'POST', `/patrol-logs/${log.id}/end`, { end: '21:00' })
    expect(ended.statusCode, ended.body).toBe(200)
    expect((await uploadPhoto(t().app, auth, log.id, pngBytes)).statusCode).toBe(201)
    expect(
      (
        await w.api(
          auth,
          'PATCH',
          `/patrol-logs/${log.id}`,
          { weather: 'rain' },
          ended.json().version,
        )
      ).statusCode,
    ).toBe(403)
    expect(
      (await w.api(auth, 'DELETE', `/patrol-logs/${log.id}`, undefined, ended.json().version))
        .statusCode,
    ).toBe(403)
    expect((await w.api(auth, 'GET', '/residents')).statusCode).toBe(403)
    expect(
      (await w.api(auth, 'POST', '/patrol-teams', { committeeId: w.committee.id, name: '新队' }))
        .statusCode,
    ).toBe(403)

    // Having left the team, the log is no longer theirs.
    const team = (await w.api(w.auth, 'GET', `/patrol-teams/${own.id}`)).json()
    const membership = team.members.find(
      (m: { user: { id: string } | null }) => m.user?.id === field.id,
    )
    const left = await w.api(
      w.auth,
      'POST',
      `/patrol-teams/${own.id}/members/${membership.id}/leave`,
      { leftOn: '2026-03-05' },
      team.version,
    )
    expect(left.statusCode, left.body).toBe(200)
    expect((await w.api(auth, 'GET', `/patrol-logs/${log.id}`)).statusCode).toBe(404)
    expect((await w.api(auth, 'GET', '/patrol-logs')).json().items).toEqual([])
  })
})
