import { describe, expect, it } from 'vitest'
import { apiRequest, seedCommitteeClerk } from '../../test/api-request.ts'
import {
  seedPartyMember,
  seedPartyOrganization,
  seedResident,
  seedUser,
} from '../../test/factories.ts'
import { signIn } from '../../test/sign-in.ts'
import { useTestApp } from '../../test/test-app.ts'

const t = useTestApp()
const api = apiRequest(t)

/** A committee, its clerk, and the 党工委 a party administrator set up. */
const setup = async () => {
  const { committee, auth } = await seedCommitteeClerk(t())
  const root = await seedPartyOrganization(t().db.prisma, { name: `党工委${committee.code}` })
  return { committee, root, auth }
}

/** A branch under the root covering the committee, as a clerk creates it. */
const seedBranch = (
  world: Awaited<ReturnType<typeof setup>>,
  overrides: Record<string, unknown> = {},
) =>
  seedPartyOrganization(t().db.prisma, {
    parentId: world.root.id,
    level: 'branch',
    name: `第一党支部${world.committee.code}`,
    committeeIds: [world.committee.id],
    ...overrides,
  })

describe('party organisations', () => {
  it('creates a branch, reads it with an ETag, changes it with If-Match, lists the tree and removes an empty node, each audited', async () => {
    const world = await setup()
    const { committee, root, auth } = world
    const created = await api(auth, 'POST', '/party-organizations', {
      parentId: root.id,
      level: 'branch',
      name: ' 第一党支部 ',
      branchType: 'community',
      foundedOn: '2001-07-01',
      committeeIds: [committee.id],
    })
    expect(created.statusCode).toBe(201)
    const branch = created.json()
    expect(branch).toMatchObject({
      parentId: root.id,
      level: 'branch',
      name: '第一党支部',
      branchType: 'community',
      foundedOn: '2001-07-01',
      notes: null,
      committees: [{ id: committee.id, name: committee.name }],
      memberCount: 0,
      version: 1,
    })
    const read = await api(auth, 'GET', `/party-organizations/${branch.id}`)
    expect(read.headers.etag).toBe('"1"')
    expect(read.json()).toEqual(branch)

    const changed = await api(
      auth,
      'PATCH',
      `/party-organizations/${branch.id}`,
      { name: '第一联合党支部', foundedOn: null, notes: '两个小区联建' },
      1,
    )
    expect(changed.statusCode, changed.body).toBe(200)
    expect(changed.json()).toMatchObject({
      name: '第一联合党支部',
      foundedOn: null,
      notes: '两个小区联建',
      committees: [{ id: committee.id }],
      version: 2,
    })
    expect(changed.headers.etag).toBe('"2"')

    const group = (
      await api(auth, 'POST', '/party-organizations', {
        parentId: branch.id,
        level: 'group',
        name: '第一党小组',
      })
    ).json()
    const tree = (await api(auth, 'GET', '/party-organizations')).json().items
    // Parents before children; the clerk sees the 党工委 above their branch.
    expect(tree.map((o: { id: string }) => o.id)).toEqual([root.id, branch.id, group.id])

    expect(
      (await api(auth, 'DELETE', `/party-organizations/${group.id}`, undefined, 1)).statusCode,
    ).toBe(204)
    expect((await api(auth, 'GET', `/party-organizations/${group.id}`)).statusCode).toBe(404)

    const audit = await t().db.prisma.auditEvent.findMany({
      where: { entityId: { in: [branch.id, group.id] } },
      orderBy: { occurredAt: 'asc' },
    })
    expect(audit.map((a) => [a.action, a.entityType, a.entityId])).toEqual([
      ['create', 'party_organization', branch.id],
      ['update', 'party_organization', branch.id],
      ['create', 'party_organization', group.id],
      ['delete', 'party_organization', group.id],
    ])
    expect(audit[1]).toMatchObject({
      before: expect.objectContaining({ name: '第一党支部' }),
      after: expect.objectContaining({ name: '第一联合党支部' }),
    })
  })

  it('changes only the fields a PATCH names: an administrator renaming a branch keeps its committees', async () => {
    const world = await setup()
    const branch = await seedBranch(world, { name: '改名前党支部' })
    const admin = await seedUser(t().db.prisma, { role: 'admin' })
    const auth = await signIn(t().app, admin.username)
    const renamed = await api(
      auth,
      'PATCH',
      `/party-organizations/${branch.id}`,
      { name: '改名后党支部' },
      1,
    )
    expect(renamed.statusCode, renamed.body).toBe(200)
    expect(renamed.json()).toMatchObject({
      name: '改名后党支部',
      committees: [{ id: world.committee.id }],
    })
  })

  it('refuses invalid input with field paths and Chinese messages, and writes nothing', async () => {
    const world = await setup()
    const { root, auth } = world
    const before = await t().db.prisma.partyOrganization.count()
    const response = await api(auth, 'POST', '/party-organizations', {
      parentId: root.id,
      level: 'district',
      name: '',
      foundedOn: '2001-02-30',
      committeeIds: ['nope'],
    })
    expect(response.statusCode).toBe(400)
    const problem = response.json()
    expect(problem.code).toBe('validation_failed')
    expect(problem.errors.map((e: { path: string }) => e.path).sort()).toEqual([
      'committeeIds.0',
      'foundedOn',
      'level',
      'name',
    ])
    for (const error of problem.errors) expect(error.message).toMatch(/[\u4e00-\u9fa5]/)

    const wrongLevel = await api(auth, 'POST', '/party-organizations', {
      parentId: root.id,
      level: 'group',
      name: '错层小组',
    })
    expect(wrongLevel.statusCode).toBe(400)
    expect(wrongLevel.json().errors).toEqual([
      {
        path: 'parentId',
        code: 'party_organization_level_invalid',
        message: expect.stringMatching(/[\u4e00-\u9fa5]/),
      },
    ])
    const branch = await seedBranch(world)
    const twin = await api(auth, 'POST', '/party-organizations', {
      parentId: root.id,
      level: 'branch',
      name: branch.name,
      committeeIds: [world.committee.id],
    })
    expect(twin.statusCode).toBe(409)
    expect(twin.json().errors[0]).toMatchObject({
      path: 'name',
      code: 'party_organization_name_taken',
    })
    const renamed = await api(auth, 'PATCH', `/party-organizations/${branch.id}`, { name: ' ' }, 1)
    expect(renamed.statusCode).toBe(400)
    expect(renamed.json().errors.map((e: { path: string }) => e.path)).toEqual(['name'])
    expect(await t().db.prisma.partyOrganization.count()).toBe(before + 1)
    expect(
      await t().db.prisma.partyOrganization.findUniqueOrThrow({ where: { id: branch.id } }),
    ).toMatchObject({ name: branch.name, version: 1 })
  })

  it('needs If-Match to change or remove: missing → 428, stale → 412, and nothing changes', async () => {
    const world = await setup()
    const branch = await seedBranch(world)
    const url = `/party-organizations/${branch.id}`
    expect((await api(world.auth, 'PATCH', url, { notes: '改' })).statusCode).toBe(428)
    const stale = await api(world.auth, 'PATCH', url, { notes: '改' }, 5)
    expect(stale.statusCode).toBe(412)
    expect(stale.json().title).toBe('记录已被他人修改，请刷新后再保存')
    expect((await api(world.auth, 'DELETE', url)).statusCode).toBe(428)
    expect((await api(world.auth, 'DELETE', url, undefined, 5)).statusCode).toBe(412)
    expect(
      await t().db.prisma.partyOrganization.findUniqueOrThrow({ where: { id: branch.id } }),
    ).toMatchObject({ notes: null, version: 1, deletedAt: null })
  })

  it('keeps a node that still has members or nodes under it (409)', async () => {
    const world = await setup()
    const branch = await seedBranch(world)
    const resident = await seedResident(t().db.prisma, t().app.cipher, {
      committeeId: world.committee.id,
    })
    await seedPartyMember(t().db.prisma, { residentId: resident.id, organizationId: branch.id })
    const withMember = await api(
      world.auth,
      'DELETE',
      `/party-organizations/${branch.id}`,
      undefined,
      1,
    )
    expect(withMember.statusCode).toBe(409)
    expect(withMember.json().code).toBe('party_organization_not_empty')
    expect(
      (await api(world.auth, 'GET', `/party-organizations/${branch.id}`)).json().memberCount,
    ).toBe(1)
    const withChild = await api(
      world.auth,
      'DELETE',
      `/party-organizations/${world.root.id}`,
      undefined,
      1,
    )
    // The 党工委 is kept by party administrators (403) before anything else is asked.
    expect(withChild.statusCode).toBe(403)
    expect(withChild.json().code).toBe('party_admin_required')
  })

  it('answers a clerk of another committee 404 for its branch, and treats it as unknown in a body', async () => {
    const world = await setup()
    const branch = await seedBranch(world)
    const stranger = await setup()
    const url = `/party-organizations/${branch.id}`
    for (const response of [
      await api(stranger.auth, 'GET', url),
      await api(stranger.auth, 'PATCH', url, { notes: '改' }, 1),
      await api(stranger.auth, 'DELETE', url, undefined, 1),
    ]) {
      expect(response.statusCode).toBe(404)
      expect(response.json().code).toBe('not_found')
    }
    const tree = (await api(stranger.auth, 'GET', '/party-organizations')).json().items
    expect(tree.map((o: { id: string }) => o.id)).not.toContain(branch.id)
    const under = await api(stranger.auth, 'POST', '/party-organizations', {
      parentId: branch.id,
      level: 'group',
      name: '越界小组',
    })
    expect(under.statusCode).toBe(400)
    expect(under.json().errors).toEqual([
      { path: 'parentId', code: 'party_organization_unknown', message: '党组织不存在' },
    ])
    expect(
      await t().db.prisma.partyOrganization.findUniqueOrThrow({ where: { id: branch.id } }),
    ).toMatchObject({ notes: null, version: 1, deletedAt: null })
    expect(await t().db.prisma.partyOrganization.count({ where: { parentId: branch.id } })).toBe(0)
  })
})
