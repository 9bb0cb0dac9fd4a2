import { describe, expect, it } from 'vitest'
import { apiRequest, seedCommitteeClerk } from '../../test/api-request.ts'
import { seedBuilding, seedCommittee, seedDwelling, seedResident } from '../../test/factories.ts'
import { useTestApp } from '../../test/test-app.ts'

const t = useTestApp()
const api = apiRequest(t)

/** A committee and its clerk. */
const setup = () => seedCommitteeClerk(t())

const errorsByPath = (body: { errors: { path: string; code: string; message: string }[] }) =>
  Object.fromEntries(body.errors.map((e) => [e.path, e]))

describe('buildings', () => {
  it('creates, reads with an ETag, changes with If-Match, lists and removes a building, each audited', async () => {
    const { committee, auth } = await setup()
    const created = await api(auth, 'POST', '/buildings', {
      committeeId: committee.id,
      street: ' 胜利路 ',
      buildingNumber: '18号楼',
      estateName: '阳光小区',
      gridCode: '',
    })
    expect(created.statusCode).toBe(201)
    const building = created.json()
    expect(building).toMatchObject({
      committee: { id: committee.id, name: committee.name },
      street: '胜利路',
      buildingNumber: '18号楼',
      estateName: '阳光小区',
      gridCode: null,
      address: '胜利路阳光小区18号楼',
      dwellingCount: 0,
      leaders: [],
      version: 1,
    })
    expect(created.headers.etag).toBe('"1"')

    const read = await api(auth, 'GET', `/buildings/${building.id}`)
    expect(read.statusCode).toBe(200)
    expect(read.headers.etag).toBe('"1"')
    expect(read.json()).toEqual(building)

    const changed = await api(
      auth,
      'PATCH',
      `/buildings/${building.id}`,
      { estateName: null, buildingNumber: '19号楼' },
      1,
    )
    expect(changed.statusCode).toBe(200)
    expect(changed.json()).toMatchObject({
      address: '胜利路19号楼',
      estateName: null,
      street: '胜利路',
      version: 2,
    })
    expect(changed.headers.etag).toBe('"2"')

    const listed = (await api(auth, 'GET', `/buildings?committeeId=${committee.id}&q=19号`)).json()
    expect(listed.items.map((b: { id: string }) => b.id)).toEqual([building.id])
    expect(listed.total).toBe(1)
    expect((await api(auth, 'GET', '/buildings?q=18号')).json().items).toEqual([])

    const removed = await api(auth, 'DELETE', `/buildings/${building.id}`, undefined, 2)
    expect(removed.statusCode).toBe(204)
    expect((await api(auth, 'GET', `/buildings/${building.id}`)).statusCode).toBe(404)
    expect((await api(auth, 'GET', `/buildings?committeeId=${committee.id}`)).json().total).toBe(0)

    const audit = await t().db.prisma.auditEvent.findMany({
      where: { entityId: building.id },
      orderBy: { occurredAt: 'asc' },
    })
    expect(audit.map((a) => [a.action, a.entityType, a.committeeId])).toEqual([
      ['create', 'building', committee.id],
      ['update', 'building', committee.id],
      ['delete', 'building', committee.id],
    ])
    expect(audit[1]).toMatchObject({
      before: expect.objectContaining({ address: '胜利路阳光小区18号楼' }),
      after: expect.objectContaining({ address: '胜利路19号楼' }),
    })
  })

  it('carries a changed address down to its dwellings', async () => {
    const { committee, auth } = await setup()
    const building = await seedBuilding(t().db.prisma, {
      committeeId: committee.id,
      street: '胜利路',
      buildingNumber: '18号楼',
    })
    const dwelling = await seedDwelling(t().db.prisma, {
      buildingId: building.id,
      unit: '2',
      room: '502',
    })
    const renamed = await api(auth, 'PATCH', `/buildings/${building.id}`, { street: '胜利大街' }, 1)
    expect(renamed.json()).toMatchObject({ address: '胜利大街18号楼', dwellingCount: 1 })
    expect((await api(auth, 'GET', `/dwellings/${dwelling.id}`)).json().address).toBe(
      '胜利大街18号楼2单元502室',
    )
  })

  it('refuses invalid input with field paths and Chinese messages, and writes nothing', async () => {
    const { committee, auth } = await setup()
    const before = await t().db.prisma.building.count()
    const response = await api(auth, 'POST', '/buildings', {
      committeeId: 'not-a-uuid',
      street: '  ',
      buildingNumber: 'x'.repeat(31),
    })
    expect(response.statusCode).toBe(400)
    expect(response.headers['content-type']).toContain('application/problem+json')
    const problem = response.json()
    expect(problem).toMatchObject({
      code: 'validation_failed',
      title: '提交的数据有误，请检查标出的字段',
    })
    const byPath = errorsByPath(problem)
    expect(Object.keys(byPath).sort()).toEqual(['buildingNumber', 'committeeId', 'street'])
    for (const error of problem.errors) expect(error.message).toMatch(/[\u4e00-\u9fa5]/)

    // A committee the clerk does not work for is reported like an unknown one.
    const foreign = await seedCommittee(t().db.prisma)
    const outside = await api(auth, 'POST', '/buildings', {
      committeeId: foreign.id,
      street: '胜利路',
      buildingNumber: '1号',
    })
    expect(outside.statusCode).toBe(400)
    expect(outside.json().errors).toEqual([
      { path: 'committeeId', code: 'committee_unknown', message: '居委会不存在' },
    ])

    const building = await seedBuilding(t().db.prisma, { committeeId: committee.id })
    const blank = await api(auth, 'PATCH', `/buildings/${building.id}`, { street: '' }, 1)
    expect(blank.statusCode).toBe(400)
    expect(blank.json().errors.map((e: { path: string }) => e.path)).toEqual(['street'])
    expect(await t().db.prisma.building.count()).toBe(before + 1)
    const row = await t().db.prisma.building.findUniqueOrThrow({ where: { id: building.id } })
    expect(row).toMatchObject({ street: building.street, version: 1 })
  })

  it('needs If-Match to change or remove: missing → 428, stale → 412, and nothing changes', async () => {
    const { committee, auth } = await setup()
    const building = await seedBuilding(t().db.prisma, { committeeId: committee.id })
    const url = `/buildings/${building.id}`
    const missing = await api(auth, 'PATCH', url, { gridCode: 'G1' })
    expect(missing.statusCode).toBe(428)
    expect(missing.json().code).toBe('precondition_required')
    const stale = await api(auth, 'PATCH', url, { gridCode: 'G1' }, 9)
    expect(stale.statusCode).toBe(412)
    expect(stale.json()).toMatchObject({
      code: 'precondition_failed',
      title: '记录已被他人修改，请刷新后再保存',
    })
    expect((await api(auth, 'DELETE', url)).statusCode).toBe(428)
    expect((await api(auth, 'DELETE', url, undefined, 9)).statusCode).toBe(412)
    const row = await t().db.prisma.building.findUniqueOrThrow({ where: { id: building.id } })
    expect(row).toMatchObject({ gridCode: null, version: 1, deletedAt: null })
    expect(await t().db.prisma.auditEvent.count({ where: { entityId: building.id } })).toBe(0)
  })

  it('keeps a building that still has dwellings (409)', async () => {
    const { committee, auth } = await setup()
    const building = await seedBuilding(t().db.prisma, { committeeId: committee.id })
    await seedDwelling(t().db.prisma, { buildingId: building.id })
    const refused = await api(auth, 'DELETE', `/buildings/${building.id}`, undefined, 1)
    expect(refused.statusCode).toBe(409)
    expect(refused.json().code).toBe('conflict')
    expect((await api(auth, 'GET', `/buildings/${building.id}`)).statusCode).toBe(200)
  })

  it('sets the building leaders (楼长) from residents of its committee', async () => {
    const { committee, auth } = await setup()
    const building = await seedBuilding(t().db.prisma, { committeeId: committee.id })
    const [a, b] = await Promise.all(
      ['孙立', '周红'].map((name) =>
        seedResident(t().db.prisma, t().app.cipher, { committeeId: committee.id, name }),
      ),
    )
    const set = await api(auth, 'PUT', `/buildings/${building.id}/leaders`, {
      residentIds: [a!.id, b!.id, a!.id],
    })
    expect(set.statusCode).toBe(200)
    expect(
      set
        .json()
        .leaders.map((l: { name: string }) => l.name)
        .sort(),
    ).toEqual(['孙立', '周红'].sort())
    expect(set.json().version).toBe(2)
    const audit = await t().db.prisma.auditEvent.findFirstOrThrow({
      where: { entityId: building.id, action: 'update' },
    })
    expect(audit).toMatchObject({
      entityType: 'building',
      committeeId: committee.id,
      before: expect.objectContaining({ leaders: [], version: 1 }),
      after: expect.objectContaining({ version: 2 }),
    })
    expect((audit.after as { leaders: unknown[] }).leaders).toHaveLength(2)

    const elsewhere = await seedResident(t().db.prisma, t().app.cipher, {
      committeeId: (await seedCommittee(t().db.prisma)).id,
    })
    const refused = await api(auth, 'PUT', `/buildings/${building.id}/leaders`, {
      residentIds: [elsewhere.id],
    })
    expect(refused.statusCode).toBe(400)
    expect(refused.json().errors).toEqual([
      { path: 'residentIds', code: 'resident_unknown', message: '居民不存在' },
    ])
    expect((await api(auth, 'GET', `/buildings/${building.id}`)).json().leaders).toHaveLength(2)
  })

  it('answers a clerk of another committee 404 for every route about the building', async () => {
    const { committee } = await setup()
    const building = await seedBuilding(t().db.prisma, { committeeId: committee.id })
    const { auth: stranger } = await setup()
    const url = `/buildings/${building.id}`
    for (const response of [
      await api(stranger, 'GET', url),
      await api(stranger, 'PATCH', url, { gridCode: 'X' }, 1),
      await api(stranger, 'DELETE', url, undefined, 1),
      await api(stranger, 'PUT', `${url}/leaders`, { residentIds: [] }),
    ]) {
      expect(response.statusCode).toBe(404)
      expect(response.json().code).toBe('not_found')
    }
    const listed = (await api(stranger, 'GET', `/buildings?committeeId=${committee.id}`)).json()
    expect(listed).toMatchObject({ items: [], total: 0 })
    const row = await t().db.prisma.building.findUniqueOrThrow({ where: { id: building.id } })
    expect(row).toMatchObject({ version: 1, gridCode: null, deletedAt: null })
  })

  it('exports the filtered list as a sheet and records who took it', async () => {
    const { committee, auth } = await setup()
    await seedBuilding(t().db.prisma, {
      committeeId: committee.id,
      street: '导出路',
      buildingNumber: '7号楼',
    })
    const response = await api(
      auth,
      'GET',
      `/buildings/export?format=csv&committeeId=${committee.id}`,
    )
    expect(response.statusCode).toBe(200)
    expect(response.headers['content-type']).toContain('text/csv')
    expect(response.body).toContain('标准地址')
    expect(response.body).toContain('导出路7号楼')
    const audit = await t().db.prisma.auditEvent.findFirst({
      where: { action: 'export', entityType: 'building' },
      orderBy: { occurredAt: 'desc' },
    })
    expect(audit?.after).toMatchObject({ format: 'csv', filters: { committeeId: committee.id } })
  })
})
