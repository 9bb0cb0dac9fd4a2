import type { TApp } from '../app.ts'
import { apiRequest, type TAuth } from './api-request.ts'
import { seedBuilding, seedCommittee, seedResident, seedUser } from './factories.ts'
import { signIn } from './sign-in.ts'
import type { TTestContext } from './test-app.ts'

/**
 * A committee with its clerk, a building, a patrol team of two residents (the leader and a
 * member), joined on 1 February 2026, and a night route of four checkpoints each expected ten
 * minutes after the previous one within two minutes: the patrol log tests start here.
 */
export const seedPatrolWorld = async (t: () => TTestContext) => {
  const api = apiRequest(t)
  const { app, db } = t()
  const committee = await seedCommittee(db.prisma)
  const clerk = await seedUser(db.prisma, { role: 'clerk', committeeIds: [committee.id] })
  const auth = await signIn(app, clerk.username)
  const building = await seedBuilding(db.prisma, { committeeId: committee.id })
  const [leader, member] = await Promise.all(
    ['王队长', '李队员'].map((name) =>
      seedResident(db.prisma, app.cipher, { committeeId: committee.id, name }),
    ),
  )
  const team = await createTeam(t, auth, committee.id, '夜巡队', [
    { residentId: leader!.id, leader: true },
    { residentId: member!.id },
  ])
  const created = await api(auth, 'POST', '/patrol-routes', {
    committeeId: committee.id,
    name: '夜巡一线',
    checkpoints: ['东门', '3号楼', '车棚', '北门'].map((name) => ({
      name,
      place: name,
      expectedMinutes: 10,
      deviationMinutes: 2,
    })),
  })
  if (created.statusCode !== 201) throw new Error(`route: ${created.body}`)
  const route = created.json() as { id: string; checkpoints: { id: string; name: string }[] }
  return { api, committee, clerk, auth, building, leader: leader!, member: member!, team, route }
}

/** A team with members joined on 2026-02-01 (a member: a resident or a staff account). */
export const createTeam = async (
  t: () => TTestContext,
  auth: TAuth,
  committeeId: string,
  name: string,
  members: { residentId?: string; userId?: string; leader?: boolean }[],
) => {
  const api = apiRequest(t)
  const created = await api(auth, 'POST', '/patrol-teams', { committeeId, name })
  if (created.statusCode !== 201) throw new Error(`team: ${created.body}`)
  let team = created.json() as { id: string; version: number }
  for (const m of members) {
    const joined = await api(
      auth,
      'POST',
      `/patrol-teams/${team.id}/members`,
      { ...m, joinedOn: '2026-02-01' },
      team.version,
    )
    if (joined.statusCode !== 200) throw new Error(`join: ${joined.body}`)
    team = joined.json()
  }
  return team
}

/** A multipart upload of one `file` part to a log's photos. */
export const uploadPhoto = async (app: TApp, auth: TAuth, logId: string, content: Buffer) => {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(content)]), 'photo.bin')
  const request = new Request('http://localhost/', { method: 'POST', body: form })
  return app.inject({
    method: 'POST',
    url: `/api/v1/patrol-logs/${logId}/photos`,
    headers: { ...auth, 'content-type': request.headers.get('content-type')! },
    payload: Buffer.from(await request.arrayBuffer()),
  })
}

/** The smallest PNG there is: its 8-byte signature and an IHDR chunk are all the check reads. */
export const pngBytes = Buffer.from(
  '89504e470d0a1a0a0000000d4948445200000001000000010806000000' +
    '1f15c4890000000a49444154789c6300010000050001' +
    '0d0a2db40000000049454e44ae426082',
  'hex',
)
