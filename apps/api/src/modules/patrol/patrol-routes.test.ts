import { parsePatrolQr } from '@cr/shared/patrol/patrol-route'
import { describe, expect, it } from 'vitest'
import { apiRequest, seedCommitteeClerk } from '../../test/api-request.ts'
import { seedBuilding } from '../../test/factories.ts'
import { useTestApp } from '../../test/test-app.ts'

const t = useTestApp()
const api = apiRequest(t)

const setup = async () => {
  const clerk = await seedCommitteeClerk(t())
  const building = await seedBuilding(t().db.prisma, { committeeId: clerk.committee.id })
  return { ...clerk, building }
}

type TSheet = { cards: { checkpointId: string; name: string; payload: string }[] }
const tokens = (sheet: TSheet) =>
  Object.fromEntries(sheet.cards.map((c) => [c.name, parsePatrolQr(c.payload)!.token]))

describe('patrol routes and checkpoints', () => {
  it('keeps the checkpoints in order, keeps each QR token when its id is sent back, regenerates one', async () => {
    const { auth, committee, building } = await setup()
    const created = await api(auth, 'POST', '/patrol-routes', {
      committeeId: committee.id,
      name: '夜巡一线',
      checkpoints: [
        { name: '东门岗亭', place: '东门治安岗亭', expectedMinutes: 0 },
        { name: '3号楼', buildingId: building.id, expectedMinutes: 8, deviationMinutes: 3 },
        { name: '车棚', place: '北区车棚', expectedMinutes: 5 },
      ],
    })
    expect(created.statusCode, created.body).toBe(201)
    const route = created.json()
    expect(
      route.checkpoints.map((c: { position: number; name: string }) => [c.position, c.name]),
    ).toEqual([
      [1, '东门岗亭'],
      [2, '3号楼'],
      [3, '车棚'],
    ])
    expect(route.checkpoints[1]).toMatchObject({
      building: { id: building.id },
      deviationMinutes: 3,
    })
    expect(route.totalMinutes).toBe(13)
    // The route's answer never carries a token; only the QR sheet does.
    const sheet = (await api(auth, 'GET', `/patrol-routes/${route.id}/qr-sheet`)).json() as TSheet
    expect(sheet.cards).toHaveLength(3)
    for (const card of sheet.cards) {
      const parsed = parsePatrolQr(card.payload)
      expect(parsed?.checkpointId).toBe(card.checkpointId)
      expect(parsed!.token).not.toContain(card.checkpointId.slice(0, 8))
      expect(created.body).not.toContain(parsed!.token)
    }
    const before = tokens(sheet)

    // Move 车棚 up, drop 东门岗亭, add 南门: kept points keep their tokens.
    const [gate, block, shed] = route.checkpoints
    const reordered = await api(
      auth,
      'PATCH',
      `/patrol-routes/${route.id}`,
      {
        checkpoints: [
          { id: shed.id, name: '车棚', place: '北区车棚', expectedMinutes: 4 },
          { id: block.id, name: '3号楼', buildingId: building.id, expectedMinutes: 8 },
          { name: '南门', place: '南门', expectedMinutes: 6 },
        ],
      },
      route.version,
    )
    expect(reordered.statusCode, reordered.body).toBe(200)
    expect(reordered.json().checkpoints.map((c: { id: string; name: string }) => c.name)).toEqual([
      '车棚',
      '3号楼',
      '南门',
    ])
    expect(
      reordered
        .json()
        .checkpoints.map((c: { id: string }) => c.id)
        .slice(0, 2),
    ).toEqual([shed.id, block.id])
    const after = tokens((await api(auth, 'GET', `/patrol-routes/${route.id}/qr-sheet`)).json())
    expect(after['车棚']).toBe(before['车棚'])
    expect(after['3号楼']).toBe(before['3号楼'])
    expect(after['南门']).toBeDefined()
    expect(Object.keys(after)).not.toContain('东门岗亭')

    // An id not of this route is refused by its path.
    const stray = await api(
      auth,
      'PATCH',
      `/patrol-routes/${route.id}`,
      { checkpoints: [{ id: gate.id, name: '东门岗亭' }] },
      reordered.json().version,
    )
    expect(stray.statusCode).toBe(400)
    expect(stray.json().errors).toMatchObject([
      { path: 'checkpoints.0.id', code: 'patrol_checkpoint_unknown' },
    ])

    const regenerated = await api(
      auth,
      'POST',
      `/patrol-routes/${route.id}/checkpoints/${shed.id}/regenerate-qr`,
      {},
      reordered.json().version,
    )
    expect(regenerated.statusCode, regenerated.body).toBe(200)
    const last = tokens((await api(auth, 'GET', `/patrol-routes/${route.id}/qr-sheet`)).json())
    expect(last['车棚']).not.toBe(after['车棚'])
    expect(last['3号楼']).toBe(after['3号楼'])

    const removed = await api(
      auth,
      'DELETE',
      `/patrol-routes/${route.id}`,
      undefined,
      regenerated.json().version,
    )
    expect(removed.statusCode).toBe(204)
    expect((await api(auth, 'GET', `/patrol-routes/${route.id}/qr-sheet`)).statusCode).toBe(404)
  })

  it('refuses a taken name and another committee’s building; another committee’s clerk sees nothing', async () => {
    const { auth, committee } = await setup()
    const other = await setup()
    const route = (
      await api(auth, 'POST', '/patrol-routes', { committeeId: committee.id, name: '夜巡一线' })
    ).json()
    const taken = await api(auth, 'POST', '/patrol-routes', {
      committeeId: committee.id,
      name: '夜巡一线',
    })
    expect(taken.json().errors).toMatchObject([{ path: 'name', code: 'patrol_route_name_taken' }])
    const foreign = await api(auth, 'POST', '/patrol-routes', {
      committeeId: committee.id,
      name: '夜巡二线',
      checkpoints: [{ name: '别处', buildingId: other.building.id }],
    })
    expect(foreign.statusCode).toBe(400)
    expect(foreign.json().errors).toMatchObject([
      { path: 'checkpoints.0.buildingId', code: 'building_unknown_in_committee' },
    ])
    const both = await api(auth, 'POST', '/patrol-routes', {
      committeeId: committee.id,
      name: '夜巡三线',
      checkpoints: [{ name: '岗亭', buildingId: other.building.id, place: '岗亭' }],
    })
    expect(both.json().errors).toMatchObject([
      { path: 'checkpoints.0.place', code: 'patrol_checkpoint_place_conflict' },
    ])

    expect((await api(other.auth, 'GET', `/patrol-routes/${route.id}`)).statusCode).toBe(404)
    expect((await api(other.auth, 'GET', `/patrol-routes/${route.id}/qr-sheet`)).statusCode).toBe(
      404,
    )
    expect((await api(other.auth, 'GET', '/patrol-routes')).json().total).toBe(0)
  })
})
