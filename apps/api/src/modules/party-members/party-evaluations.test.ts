import { describe, expect, it } from 'vitest'
import {
  seedCommittee,
  seedPartyOrganization,
  seedResident,
  seedUser,
} from '../../test/factories.ts'
import { signIn } from '../../test/sign-in.ts'
import { useTestApp } from '../../test/test-app.ts'

const t = useTestApp()

type TAuth = Record<string, string>
const api = (auth: TAuth, method: 'GET' | 'POST', url: string, payload?: object) =>
  t().app.inject({ method, url: `/api/v1${url}`, headers: auth, ...(payload ? { payload } : {}) })

const clerk = async () => {
  const committee = await seedCommittee(t().db.prisma)
  const user = await seedUser(t().db.prisma, { role: 'clerk', committeeIds: [committee.id] })
  return { committee, auth: await signIn(t().app, user.username) }
}

describe('民主评议', () => {
  it('grades members by year, replaces a grade, and keeps 优秀 to a third of the branch', async () => {
    const { committee, auth } = await clerk()
    const root = await seedPartyOrganization(t().db.prisma, { name: '评议党工委' })
    const branch = (
      await api(auth, 'POST', '/party-organizations', {
        parentId: root.id,
        level: 'branch',
        name: '评议支部',
        committeeIds: [committee.id],
      })
    ).json()
    const members: { id: string }[] = []
    for (const name of ['甲', '乙', '丙', '丁']) {
      const resident = await seedResident(t().db.prisma, t().app.cipher, {
        committeeId: committee.id,
        name,
      })
      members.push(
        (
          await api(auth, 'POST', '/party-members', {
            residentId: resident.id,
            organizationId: branch.id,
            status: 'full',
            joinedOn: '2000-07-01',
            fullMembershipOn: '2001-07-01',
          })
        ).json(),
      )
    }
    const evaluate = (i: number, grade: string, title?: string) =>
      api(auth, 'POST', `/party-members/${members[i]!.id}/evaluations`, {
        year: 2025,
        grade,
        title,
      })
    expect((await evaluate(0, 'excellent', '优秀党员')).statusCode).toBe(201)
    // Four members: a second 优秀 would be half the branch.
    const second = await evaluate(1, 'excellent')
    expect(second.statusCode).toBe(409)
    expect(second.json().errors[0]).toMatchObject({ code: 'party_evaluation_excellent_quota' })
    expect((await evaluate(1, 'qualified')).statusCode).toBe(201)
    // The first member's grade for the year can be changed, and 优秀 is free again.
    expect((await evaluate(0, 'qualified')).statusCode).toBe(201)
    expect((await evaluate(1, 'excellent', '党员模范经营户')).statusCode).toBe(201)
    const history = (await api(auth, 'GET', `/party-members/${members[1]!.id}/evaluations`)).json()
    expect(history.items).toEqual([
      expect.objectContaining({ year: 2025, grade: 'excellent', title: '党员模范经营户' }),
    ])
  })
})
