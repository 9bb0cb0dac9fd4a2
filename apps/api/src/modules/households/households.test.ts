import { describe, expect, it } from 'vitest'
import { seedCommittee, seedResident, seedUser } from '../../test/factories.ts'
import { signIn } from '../../test/sign-in.ts'
import { useTestApp } from '../../test/test-app.ts'

const t = useTestApp()

type TAuth = Record<string, string>
const api = (auth: TAuth, method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object) =>
  t().app.inject({ method, url: `/api/v1${url}`, headers: auth, ...(payload ? { payload } : {}) })

/** A committee, a clerk, a building with two dwellings and four residents. */
const setup = async () => {
  const committee = await seedCommittee(t().db.prisma)
  const clerk = await seedUser(t().db.prisma, { role: 'clerk', committeeIds: [committee.id] })
  const auth = await signIn(t().app, clerk.username)
  const building = (
    await api(auth, 'POST', '/buildings', {
      committeeId: committee.id,
      street: '胜利路',
      buildingNumber: '18号楼',
      estateName: '阳光小区',
    })
  ).json()
  const dwelling = (
    await api(auth, 'POST', '/dwellings', {
      buildingId: building.id,
      unit: '2',
      room: '502',
      area: '86.5',
      use: 'owner_occupied',
    })
  ).json()
  const other = (
    await api(auth, 'POST', '/dwellings', { buildingId: building.id, unit: '2', room: '602' })
  ).json()
  const people = await Promise.all(
    ['张建国', '李秀兰', '张伟', '张丽'].map((name) =>
      seedResident(t().db.prisma, t().app.cipher, { committeeId: committee.id, name }),
    ),
  )
  return { committee, auth, building, dwelling, other, people }
}

describe('households', () => {
  it('is created with its head and members, moves a member to another household, changes the head, and keeps the dated history', async () => {
    const { auth, dwelling, other, people } = await setup()
    const [father, mother, son, daughter] = people
    const created = await api(auth, 'POST', '/households', {
      dwellingId: dwelling.id,
      headResidentId: father!.id,
      members: [
        { residentId: mother!.id, relationship: '10' },
        { residentId: son!.id, relationship: '20' },
      ],
      movedInOn: '2020-05-01',
    })
    expect(created.statusCode).toBe(201)
    const household = created.json()
    expect(
      household.members.map(
        (m: { resident: { name: string }; relationship: string }) =>
          `${m.resident.name}:${m.relationship}`,
      ),
    ).toEqual(['张建国:02', '李秀兰:10', '张伟:20'])

    const second = (
      await api(auth, 'POST', '/households', {
        dwellingId: other.id,
        headResidentId: daughter!.id,
        movedInOn: '2021-01-01',
      })
    ).json()
    const moved = await api(auth, 'POST', `/households/${household.id}/transfer`, {
      residentId: son!.id,
      toHouseholdId: second.id,
      relationship: '99',
      date: '2024-09-01',
    })
    expect(moved.statusCode).toBe(200)
    expect(
      moved.json().members.map((m: { resident: { id: string } }) => m.resident.id),
    ).not.toContain(son!.id)
    const receiving = (await api(auth, 'GET', `/households/${second.id}`)).json()
    expect(receiving.members.map((m: { resident: { id: string } }) => m.resident.id)).toContain(
      son!.id,
    )

    const changed = await api(auth, 'POST', `/households/${household.id}/change-head`, {
      newHeadResidentId: mother!.id,
      date: '2025-03-10',
      relationships: [{ residentId: father!.id, relationship: '10' }],
    })
    expect(changed.statusCode).toBe(200)
    expect(changed.json()).toMatchObject({ head: { id: mother!.id } })
    expect(
      changed
        .json()
        .members.map(
          (m: { resident: { name: string }; relationship: string }) =>
            `${m.resident.name}:${m.relationship}`,
        ),
    ).toEqual(['李秀兰:02', '张建国:10'])

    const history = (await api(auth, 'GET', `/households/${household.id}/history`)).json().items
    expect(
      history.map((e: { type: string; occurredOn: string }) => `${e.occurredOn} ${e.type}`),
    ).toEqual([
      '2025-03-10 head_changed',
      '2024-09-01 transferred_out',
      '2020-05-01 moved_in',
      '2020-05-01 moved_in',
      '2020-05-01 created',
    ])
    // Nothing overwritten: the son's old membership is still there, with the day he left.
    const rows = await t().db.prisma.householdMember.findMany({
      where: { residentId: son!.id },
      orderBy: { joinedOn: 'asc' },
    })
    expect(rows.map((r) => [r.householdId, r.leftOn?.toISOString().slice(0, 10) ?? null])).toEqual([
      [household.id, '2024-09-01'],
      [second.id, null],
    ])
    const resident = (await api(auth, 'GET', `/residents/${son!.id}`)).json()
    expect(resident.household).toMatchObject({ id: second.id, relationship: '99', isHead: false })
  })

  it('refuses a head who leaves, a resident already in a household, and a second head', async () => {
    const { auth, dwelling, other, people } = await setup()
    const [a, b, c] = people
    const household = (
      await api(auth, 'POST', '/households', {
        dwellingId: dwelling.id,
        headResidentId: a!.id,
        members: [{ residentId: b!.id, relationship: '10' }],
      })
    ).json()
    const headLeaves = await api(auth, 'POST', `/households/${household.id}/move-out`, {
      residentId: a!.id,
    })
    expect(headLeaves.json().errors[0].code).toBe('head_cannot_leave')
    const twice = await api(auth, 'POST', '/households', {
      dwellingId: other.id,
      headResidentId: b!.id,
    })
    expect(twice.statusCode).toBe(409)
    expect(twice.json().errors[0]).toMatchObject({
      path: 'headResidentId',
      code: 'already_in_household',
    })
    const secondHead = await api(auth, 'POST', `/households/${household.id}/move-in`, {
      residentId: c!.id,
      relationship: '02',
    })
    expect(secondHead.json().errors[0].code).toBe('head_relationship')
    const noRelationships = await api(auth, 'POST', `/households/${household.id}/change-head`, {
      newHeadResidentId: b!.id,
      relationships: [],
    })
    expect(noRelationships.json().errors[0]).toMatchObject({
      path: 'relationships',
      code: 'required',
    })
    const headTwice = await api(auth, 'POST', `/households/${household.id}/change-head`, {
      newHeadResidentId: b!.id,
      relationships: [{ residentId: a!.id, relationship: '02' }],
    })
    expect(headTwice.json().errors[0]).toMatchObject({
      path: 'relationships.0.relationship',
      code: 'head_relationship',
    })
    const moveOut = await api(auth, 'POST', `/households/${household.id}/move-out`, {
      residentId: b!.id,
      date: '2025-01-01',
      reason: '外出务工',
    })
    expect(moveOut.json().members).toHaveLength(1)
    const audit = await t().db.prisma.auditEvent.findMany({
      where: { entityType: 'household', entityId: household.id },
    })
    expect(audit.map((e) => e.action).sort()).toEqual(['create', 'update'])
  })
})

describe('searching households', () => {
  it('finds a household by part of its address or of a current member’s name', async () => {
    const { auth, committee, dwelling, other, people } = await setup()
    const [father, mother, , daughter] = people
    const first = (
      await api(auth, 'POST', '/households', {
        dwellingId: dwelling.id,
        headResidentId: father!.id,
        members: [{ residentId: mother!.id, relationship: '10' }],
      })
    ).json()
    const second = (
      await api(auth, 'POST', '/households', { dwellingId: other.id, headResidentId: daughter!.id })
    ).json()
    const found = async (q: string) =>
      (await api(auth, 'GET', `/households?committeeId=${committee.id}&q=${encodeURIComponent(q)}`))
        .json()
        .items.map((h: { id: string }) => h.id)
    expect(await found('602')).toEqual([second.id])
    expect(await found('秀兰')).toEqual([first.id])
    expect((await found('阳光小区')).sort()).toEqual([first.id, second.id].sort())
    expect(await found('无此人')).toEqual([])
  })
})
