import { describe, expect, it } from 'vitest'
import { seedCommittee, seedResident, seedUser } from '../../test/factories.ts'
import { signIn } from '../../test/sign-in.ts'
import { useTestApp } from '../../test/test-app.ts'

const t = useTestApp()

const setup = async (role: 'clerk' | 'viewer' = 'clerk') => {
  const db = t().db.prisma
  const committee = await seedCommittee(db)
  const user = await seedUser(db, { role, committeeIds: [committee.id] })
  const seed = (tags: string[]) =>
    seedResident(db, t().app.cipher, { committeeId: committee.id, tags })
  return { committee, seed, auth: await signIn(t().app, user.username) }
}

const tag = (auth: object, payload: object) =>
  t().app.inject({
    method: 'POST',
    url: '/api/v1/residents/tags',
    headers: auth as Record<string, string>,
    payload,
  })

const tagsOf = async (id: string) =>
  (await t().db.prisma.resident.findUniqueOrThrow({ where: { id } })).tags

describe('批量打标签: tags of selected residents', () => {
  it('adds and removes tags of each selected resident, auditing only those that changed', async () => {
    const { seed, auth } = await setup()
    const a = await seed([])
    const b = await seed(['elderly', 'living_alone'])
    const c = await seed(['elderly'])
    const response = await tag(auth, {
      residentIds: [a.id, b.id, c.id, a.id],
      add: ['elderly'],
      remove: ['living_alone'],
    })
    expect(response.statusCode, response.body).toBe(200)
    // c already had exactly that: counted, not written.
    expect(response.json()).toEqual({ changed: 2, unchanged: 1 })
    expect(await tagsOf(a.id)).toEqual(['elderly'])
    expect(await tagsOf(b.id)).toEqual(['elderly'])
    expect(await tagsOf(c.id)).toEqual(['elderly'])
    const audits = await t().db.prisma.auditEvent.findMany({
      where: { entityType: 'resident', entityId: { in: [a.id, b.id, c.id] }, action: 'update' },
    })
    expect(audits.map((e) => e.entityId).sort()).toEqual([a.id, b.id].sort())
    expect(audits.find((e) => e.entityId === b.id)).toMatchObject({
      before: { tags: ['elderly', 'living_alone'] },
      after: { tags: ['elderly'] },
    })
    const row = await t().db.prisma.resident.findUniqueOrThrow({ where: { id: a.id } })
    expect(row.version).toBe(2)
  })

  it('changes nobody when one selected resident is outside the clerk’s committees (404)', async () => {
    const { seed, auth } = await setup()
    const mine = await seed([])
    const other = await seedCommittee(t().db.prisma)
    const theirs = await seedResident(t().db.prisma, t().app.cipher, { committeeId: other.id })
    const response = await tag(auth, { residentIds: [mine.id, theirs.id], add: ['veteran'] })
    expect(response.statusCode).toBe(404)
    expect(await tagsOf(mine.id)).toEqual([])
    expect(await tagsOf(theirs.id)).toEqual([])
  })

  it('answers a clear 400 for no change, an unknown tag or too many people; a viewer gets 403', async () => {
    const { seed, auth } = await setup()
    const a = await seed([])
    const none = await tag(auth, { residentIds: [a.id] })
    expect(none.statusCode).toBe(400)
    expect(none.json().errors[0]).toMatchObject({
      path: 'add',
      code: 'tags_change_required',
      message: '请选择要添加或移除的标签',
    })
    const unknown = await tag(auth, { residentIds: [a.id], add: ['vip'] })
    expect(unknown.statusCode).toBe(400)
    expect(unknown.json().errors[0].path).toBe('add.0')
    const ids = Array.from({ length: 501 }, () => a.id)
    expect((await tag(auth, { residentIds: ids, add: ['elderly'] })).statusCode).toBe(400)

    const viewer = await setup('viewer')
    expect((await tag(viewer.auth, { residentIds: [a.id], add: ['elderly'] })).statusCode).toBe(403)
    expect(await tagsOf(a.id)).toEqual([])
  })
})
