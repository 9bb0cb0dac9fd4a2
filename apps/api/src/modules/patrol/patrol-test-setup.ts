import { apiRequest, seedCommitteeClerk } from '../../test/api-request.ts'
import { seedResident, testIdNumber } from '../../test/factories.ts'
import type { TTestContext } from '../../test/test-app.ts'

/**
 * A clerk's committee with two teams (一队 with two residents, 二队 with one) and a route, made
 * through the API as the office makes them: where the plan and roster tests start.
 */
export const seedPatrolCommittee = async (t: () => TTestContext) => {
  const api = apiRequest(t)
  const clerk = await seedCommitteeClerk(t())
  const { auth, committee } = clerk
  const post = async (url: string, body: object, version?: number) => {
    const answer = await api(auth, 'POST', url, body, version)
    if (answer.statusCode >= 300) throw new Error(`${url}: ${answer.body}`)
    return answer.json()
  }
  const residents = []
  for (const name of ['王建国', '李秀英', '张伟'])
    residents.push(
      await seedResident(t().db.prisma, t().app.cipher, {
        committeeId: committee.id,
        name,
        idNumber: testIdNumber(),
      }),
    )
  const team = async (name: string, members: { id: string }[]) => {
    let created = await post('/patrol-teams', { committeeId: committee.id, name })
    for (const [i, m] of members.entries())
      created = await post(
        `/patrol-teams/${created.id}/members`,
        { residentId: m.id, leader: i === 0, joinedOn: '2026-01-01' },
        created.version,
      )
    return created as { id: string; name: string }
  }
  const one = await team('一队', [residents[0]!, residents[1]!])
  const two = await team('二队', [residents[2]!])
  const route = (await post('/patrol-routes', {
    committeeId: committee.id,
    name: '东区路线',
    checkpoints: [{ name: '东门', place: '东门岗亭' }],
  })) as { id: string; name: string }
  return { ...clerk, residents, teams: { one, two }, route, post }
}
