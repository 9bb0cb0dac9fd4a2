import { describe, expect, it } from 'vitest'
import { apiRequest, seedCommitteeClerk } from '../../test/api-request.ts'
import { seedBuilding, seedResident, seedUser, testIdNumber } from '../../test/factories.ts'
import { useTestApp } from '../../test/test-app.ts'

const t = useTestApp()
const api = apiRequest(t)

/** A clerk's committee with a building, four residents (ID numbers known) and a staff account. */
const setup = async () => {
  const clerk = await seedCommitteeClerk(t())
  const db = t().db.prisma
  const building = await seedBuilding(db, { committeeId: clerk.committee.id })
  const idNumbers = [1, 2, 3, 4].map(() => testIdNumber())
  const residents = []
  for (const [i, name] of ['王建国', '李秀英', '张伟', '赵敏'].entries())
    residents.push(
      await seedResident(db, t().app.cipher, {
        committeeId: clerk.committee.id,
        name,
        idNumber: idNumbers[i]!,
      }),
    )
  const staff = await seedUser(db, {
    role: 'clerk',
    displayName: '社工刘洋',
    committeeIds: [clerk.committee.id],
  })
  return { ...clerk, building, residents, idNumbers, staff }
}

describe('patrol teams and building leaders’ groups', () => {
  it('creates, lists, changes and removes a team; members join and leave with their history', async () => {
    const { auth, committee, building, residents, idNumbers, staff } = await setup()
    const created = await api(auth, 'POST', '/patrol-teams', {
      committeeId: committee.id,
      name: '夜间巡逻队',
      buildingIds: [building.id],
    })
    expect(created.statusCode, created.body).toBe(201)
    let team = created.json()
    expect(team).toMatchObject({ kind: 'team', buildings: [{ id: building.id }], members: [] })

    const join = async (body: object) => {
      const answer = await api(auth, 'POST', `/patrol-teams/${team.id}/members`, body, team.version)
      if (answer.statusCode === 200) team = answer.json()
      return answer
    }
    expect(
      (await join({ residentId: residents[0]!.id, leader: true, joinedOn: '2026-01-05' }))
        .statusCode,
    ).toBe(200)
    expect((await join({ residentId: residents[1]!.id, joinedOn: '2026-01-05' })).statusCode).toBe(
      200,
    )
    expect((await join({ userId: staff.id, joinedOn: '2026-02-01' })).statusCode).toBe(200)
    expect(team.leader).toMatchObject({ name: '王建国' })
    expect(team.currentCount).toBe(3)
    expect(team.members.map((m: { name: string }) => m.name)).toContain('社工刘洋')

    // One current leader; a current member does not join twice.
    const second = await join({
      residentId: residents[2]!.id,
      leader: true,
      joinedOn: '2026-02-01',
    })
    expect(second.statusCode).toBe(409)
    expect(second.json().errors).toMatchObject([{ path: 'leader', code: 'patrol_leader_taken' }])
    const twice = await join({ residentId: residents[1]!.id, joinedOn: '2026-02-01' })
    expect(twice.json().errors).toMatchObject([
      { path: 'residentId', code: 'patrol_member_already' },
    ])

    // The leader leaves: the row stays with its date; a new leader can join.
    const leaderId = team.leader.id
    const left = await api(
      auth,
      'POST',
      `/patrol-teams/${team.id}/members/${leaderId}/leave`,
      { leftOn: '2026-03-31', note: '搬离本社区' },
      team.version,
    )
    expect(left.statusCode, left.body).toBe(200)
    team = left.json()
    expect(team.leader).toBeNull()
    expect(team.members.find((m: { id: string }) => m.id === leaderId)).toMatchObject({
      leftOn: '2026-03-31',
      current: false,
    })
    expect(
      (await join({ residentId: residents[2]!.id, leader: true, joinedOn: '2026-04-01' }))
        .statusCode,
    ).toBe(200)
    expect(team.leader).toMatchObject({ name: '张伟' })
    expect(team.members).toHaveLength(4)
    const again = await api(
      auth,
      'POST',
      `/patrol-teams/${team.id}/members/${leaderId}/leave`,
      { leftOn: '2026-04-30' },
      team.version,
    )
    expect(again.statusCode).toBe(409)

    const changed = await api(
      auth,
      'PATCH',
      `/patrol-teams/${team.id}`,
      { notes: '每晚 20:00 集合' },
      team.version,
    )
    expect(changed.statusCode, changed.body).toBe(200)
    const list = await api(auth, 'GET', `/patrol-teams?committeeId=${committee.id}`)
    expect(list.json()).toMatchObject({
      total: 1,
      items: [{ name: '夜间巡逻队', notes: '每晚 20:00 集合' }],
    })

    // No ID number in any answer, nor the audit trail's snapshots of the team.
    for (const body of [list.body, changed.body, left.body])
      for (const idNumber of idNumbers) expect(body).not.toContain(idNumber)
    const audit = await t().db.prisma.auditEvent.findMany({ where: { entityId: team.id } })
    expect(audit.length).toBeGreaterThanOrEqual(6)
    for (const idNumber of idNumbers) expect(JSON.stringify(audit)).not.toContain(idNumber)

    const removed = await api(
      auth,
      'DELETE',
      `/patrol-teams/${team.id}`,
      undefined,
      changed.json().version,
    )
    expect(removed.statusCode).toBe(204)
    expect((await api(auth, 'GET', `/patrol-teams/${team.id}`)).statusCode).toBe(404)
    // The name is free again once the team is removed.
    const reused = await api(auth, 'POST', '/patrol-teams', {
      committeeId: committee.id,
      name: '夜间巡逻队',
    })
    expect(reused.statusCode).toBe(201)
  })

  it('a building leaders’ group: warned under two members, refused a fourth', async () => {
    const { auth, committee, residents } = await setup()
    let group = (
      await api(auth, 'POST', '/patrol-teams', {
        committeeId: committee.id,
        kind: 'building_group',
        name: '3号楼楼长组',
      })
    ).json()
    expect(group.warnings).toEqual(['patrol_group_too_small'])
    for (const resident of residents.slice(0, 3)) {
      const answer = await api(
        auth,
        'POST',
        `/patrol-teams/${group.id}/members`,
        { residentId: resident.id, joinedOn: '2026-01-05' },
        group.version,
      )
      expect(answer.statusCode, answer.body).toBe(200)
      group = answer.json()
    }
    expect(group.warnings).toEqual([])
    const fourth = await api(
      auth,
      'POST',
      `/patrol-teams/${group.id}/members`,
      { residentId: residents[3]!.id, joinedOn: '2026-01-05' },
      group.version,
    )
    expect(fourth.statusCode).toBe(409)
    expect(fourth.json().errors).toMatchObject([
      { path: 'residentId', code: 'patrol_group_full', message: '楼长巡逻组最多三名成员' },
    ])
  })

  it('refuses a name taken and a building of another committee; another committee’s clerk sees nothing', async () => {
    const { auth, committee, residents } = await setup()
    const other = await setup()
    const team = (
      await api(auth, 'POST', '/patrol-teams', { committeeId: committee.id, name: '巡逻一队' })
    ).json()
    const taken = await api(auth, 'POST', '/patrol-teams', {
      committeeId: committee.id,
      name: '巡逻一队',
    })
    expect(taken.statusCode).toBe(409)
    expect(taken.json().errors).toMatchObject([{ path: 'name', code: 'patrol_team_name_taken' }])
    const foreign = await api(auth, 'POST', '/patrol-teams', {
      committeeId: committee.id,
      name: '巡逻二队',
      buildingIds: [other.building.id],
    })
    expect(foreign.statusCode).toBe(400)
    expect(foreign.json().errors).toMatchObject([
      { path: 'buildingIds.0', code: 'building_unknown_in_committee' },
    ])
    const outsider = await api(
      auth,
      'POST',
      `/patrol-teams/${team.id}/members`,
      { residentId: other.residents[0]!.id, joinedOn: '2026-01-05' },
      team.version,
    )
    expect(outsider.statusCode).toBe(400)

    expect((await api(other.auth, 'GET', `/patrol-teams/${team.id}`)).statusCode).toBe(404)
    expect((await api(other.auth, 'GET', '/patrol-teams')).json().total).toBe(0)
    const joinAcross = await api(
      other.auth,
      'POST',
      `/patrol-teams/${team.id}/members`,
      { residentId: residents[0]!.id, joinedOn: '2026-01-05' },
      team.version,
    )
    expect(joinAcross.statusCode).toBe(404)
  })
})
