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
const api = (auth: TAuth, method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object) =>
  t().app.inject({ method, url: `/api/v1${url}`, headers: auth, ...(payload ? { payload } : {}) })

describe('a branch secretary’s account', () => {
  it('sees its organisation’s subtree only, in one committee with another branch', async () => {
    const committee = await seedCommittee(t().db.prisma)
    const clerk = await seedUser(t().db.prisma, { role: 'clerk', committeeIds: [committee.id] })
    const auth = await signIn(t().app, clerk.username)
    const admin = await signIn(t().app, (await seedUser(t().db.prisma, { role: 'admin' })).username)
    const root = await seedPartyOrganization(t().db.prisma, { name: '范围党工委' })
    const branch = async (name: string) =>
      (
        await api(auth, 'POST', '/party-organizations', {
          parentId: root.id,
          level: 'branch',
          name,
          committeeIds: [committee.id],
        })
      ).json() as { id: string }
    const [first, second] = [await branch('东支部'), await branch('西支部')]
    const member = async (name: string, organizationId: string) => {
      const resident = await seedResident(t().db.prisma, t().app.cipher, {
        committeeId: committee.id,
        name,
      })
      return (
        await api(auth, 'POST', '/party-members', {
          residentId: resident.id,
          organizationId,
          joinedOn: '2026-01-10',
        })
      ).json() as { id: string }
    }
    const east = await member('东一', first.id)
    const west = await member('西一', second.id)

    // The administrator makes a clerk of the same committee the secretary of 东支部.
    const secretary = await seedUser(t().db.prisma, { role: 'clerk', committeeIds: [committee.id] })
    const user = await t().db.prisma.user.findUniqueOrThrow({ where: { id: secretary.id } })
    const assigned = await t().app.inject({
      method: 'PATCH',
      url: `/api/v1/users/${secretary.id}`,
      headers: { ...admin, 'if-match': `"${user.version}"` },
      payload: { partyOrganizationId: first.id },
    })
    expect(assigned.statusCode, assigned.body).toBe(200)
    expect(assigned.json().partyOrganization).toEqual({ id: first.id, name: '东支部' })
    const own = await signIn(t().app, secretary.username)

    const roster = (await api(own, 'GET', '/party-members')).json()
    expect(roster.items.map((m: { id: string }) => m.id)).toEqual([east.id])
    expect((await api(own, 'GET', `/party-members/${west.id}`)).statusCode).toBe(404)
    const tree = (await api(own, 'GET', '/party-organizations')).json().items
    expect(tree.map((o: { id: string }) => o.id)).toEqual([first.id])
    const root2 = await api(own, 'POST', '/party-organizations', {
      level: 'committee',
      name: '自建党工委',
    })
    // The 党工委 level is the party administrators' (party-committee-scope.test.ts).
    expect(root2.statusCode).toBe(403)
    expect(root2.json().code).toBe('party_admin_required')
    expect((await api(own, 'GET', '/party-members/stats')).json().total).toBe(1)
    // The plain clerk of the committee still sees both branches.
    expect((await api(auth, 'GET', '/party-members')).json().total).toBe(2)
  })
})
