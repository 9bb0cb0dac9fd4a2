import { describe, expect, it } from 'vitest'
import { ZPatrolRouteCreate, parsePatrolQr, patrolQrPayload } from './patrol-route.ts'
import { ZPatrolMemberJoin } from './patrol-team.ts'

const id = '0193a0c4-7d2e-7b3a-9c1d-2e3f4a5b6c7d'

describe('patrol contracts', () => {
  it('reads back the QR payload it prints, and nothing else', () => {
    const payload = patrolQrPayload(id, 'A1b2C3d4E5f6G7h8I9j0K1l2')
    expect(payload).toBe(`cr-patrol:v1:${id}:A1b2C3d4E5f6G7h8I9j0K1l2`)
    expect(parsePatrolQr(payload)).toEqual({ checkpointId: id, token: 'A1b2C3d4E5f6G7h8I9j0K1l2' })
    expect(parsePatrolQr(`cr-patrol:v2:${id}:A1b2C3d4E5f6G7h8I9j0K1l2`)).toBeNull()
    expect(parsePatrolQr('https://example.com')).toBeNull()
  })

  it('a checkpoint is a building or a described place, not both', () => {
    const route = (checkpoint: object) =>
      ZPatrolRouteCreate.safeParse({ committeeId: id, name: '夜巡一线', checkpoints: [checkpoint] })
    expect(route({ name: '岗亭', place: '东门治安岗亭' }).success).toBe(true)
    const both = route({ name: '岗亭', place: '东门', buildingId: id })
    expect(both.error?.issues[0]).toMatchObject({ path: ['checkpoints', 0, 'place'] })
  })

  it('a member is a resident or a staff account', () => {
    expect(ZPatrolMemberJoin.safeParse({ joinedOn: '2026-01-01' }).success).toBe(false)
    expect(
      ZPatrolMemberJoin.safeParse({ residentId: id, userId: id, joinedOn: '2026-01-01' }).success,
    ).toBe(false)
    expect(ZPatrolMemberJoin.parse({ userId: id, joinedOn: '2026-01-01' }).leader).toBe(false)
  })
})
