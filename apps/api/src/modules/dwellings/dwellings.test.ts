import { describe, expect, it } from 'vitest'
import { apiRequest, seedCommitteeClerk } from '../../test/api-request.ts'
import { seedBuilding, seedDwelling, seedResident } from '../../test/factories.ts'
import { useTestApp } from '../../test/test-app.ts'

const t = useTestApp()
const api = apiRequest(t)

/** A committee, its clerk and a building of it. */
const setup = async () => {
  const { committee, auth } = await seedCommitteeClerk(t())
  const building = await seedBuilding(t().db.prisma, {
    committeeId: committee.id,
    street: '胜利路',
    estateName: '阳光小区',
    buildingNumber: '18号楼',
  })
  return { committee, building, auth }
}

/** A valid ID number, written as clerks type it (lower-case x), and its normal form. */
const ownerId = { typed: '11010519491231002x', stored: '11010519491231002X' }

describe('dwellings', () => {
  it('creates, reads with an ETag, changes with If-Match, lists and removes a dwelling, each audited', async () => {
    const { committee, building, auth } = await setup()
    const owner = await seedResident(t().db.prisma, t().app.cipher, {
      committeeId: committee.id,
      name: '钱多多',
    })
    const created = await api(auth, 'POST', '/dwellings', {
      buildingId: building.id,
      unit: '2',
      room: '502',
      area: '86.5',
      use: 'rented',
      ownerResidentId: owner.id,
    })
    expect(created.statusCode).toBe(201)
    const dwelling = created.json()
    expect(dwelling).toMatchObject({
      committee: { id: committee.id },
      building: { id: building.id, name: '胜利路阳光小区18号楼' },
      unit: '2',
      room: '502',
      area: '86.50',
      use: 'rented',
      owner: { resident: { id: owner.id, name: '钱多多' }, name: null, idNumberMasked: null },
      address: '胜利路阳光小区18号楼2单元502室',
      occupantCount: 0,
      version: 1,
    })

    const read = await api(auth, 'GET', `/dwellings/${dwelling.id}`)
    expect(read.headers.etag).toBe('"1"')
    expect(read.json()).toEqual(dwelling)

    const changed = await api(
      auth,
      'PATCH',
      `/dwellings/${dwelling.id}`,
      { unit: null, room: '101', use: 'vacant', ownerResidentId: null },
      1,
    )
    expect(changed.statusCode).toBe(200)
    expect(changed.json()).toMatchObject({
      address: '胜利路阳光小区18号楼101室',
      unit: null,
      use: 'vacant',
      owner: { resident: null },
      version: 2,
    })

    const listed = (
      await api(auth, 'GET', `/dwellings?buildingId=${building.id}&use=vacant`)
    ).json()
    expect(listed.items.map((d: { id: string }) => d.id)).toEqual([dwelling.id])
    expect(
      (await api(auth, 'GET', `/dwellings?buildingId=${building.id}&use=rented`)).json().total,
    ).toBe(0)
    expect((await api(auth, 'GET', `/buildings/${building.id}`)).json().dwellingCount).toBe(1)

    expect((await api(auth, 'DELETE', `/dwellings/${dwelling.id}`, undefined, 2)).statusCode).toBe(
      204,
    )
    expect((await api(auth, 'GET', `/dwellings/${dwelling.id}`)).statusCode).toBe(404)
    expect((await api(auth, 'GET', `/buildings/${building.id}`)).json().dwellingCount).toBe(0)

    const audit = await t().db.prisma.auditEvent.findMany({
      where: { entityId: dwelling.id },
      orderBy: { occurredAt: 'asc' },
    })
    expect(audit.map((a) => [a.action, a.entityType, a.committeeId])).toEqual([
      ['create', 'dwelling', committee.id],
      ['update', 'dwelling', committee.id],
      ['delete', 'dwelling', committee.id],
    ])
    expect(audit[1]).toMatchObject({
      before: expect.objectContaining({ room: '502', use: 'rented' }),
      after: expect.objectContaining({ room: '101', use: 'vacant' }),
    })
  })

  it('finds dwellings by any part of the address (q), in scope', async () => {
    const { building, auth } = await setup()
    const other = await seedBuilding(t().db.prisma, {
      committeeId: building.committeeId,
      street: '永兴路',
      buildingNumber: '2号楼',
    })
    await seedDwelling(t().db.prisma, { buildingId: building.id, unit: '1', room: '101' })
    const wanted = await seedDwelling(t().db.prisma, {
      buildingId: other.id,
      unit: '3',
      room: '502',
    })
    const found = await api(auth, 'GET', `/dwellings?q=${encodeURIComponent('2号楼3单元502')}`)
    expect(found.statusCode, found.body).toBe(200)
    expect(found.json().items.map((d: { id: string }) => d.id)).toEqual([wanted.id])
    const stranger = await seedCommitteeClerk(t())
    const none = await api(stranger.auth, 'GET', `/dwellings?q=${encodeURIComponent('永兴路')}`)
    expect(none.json().total).toBe(0)
  })

  it('changes only the fields a PATCH names: the use and the owner stay', async () => {
    const { building, auth } = await setup()
    const created = (
      await api(auth, 'POST', '/dwellings', {
        buildingId: building.id,
        room: '301',
        use: 'rented',
        ownerName: '吴用',
      })
    ).json()
    const changed = await api(auth, 'PATCH', `/dwellings/${created.id}`, { room: '302' }, 1)
    expect(changed.statusCode).toBe(200)
    expect(changed.json()).toMatchObject({ room: '302', use: 'rented', owner: { name: '吴用' } })
  })

  it('keeps a free-text owner’s ID number normalised, encrypted and masked, never in the clear', async () => {
    const { building, auth } = await setup()
    const response = await api(auth, 'POST', '/dwellings', {
      buildingId: building.id,
      room: '101',
      ownerName: '赵大海',
      ownerIdNumber: ` ${ownerId.typed} `,
    })
    expect(response.statusCode).toBe(201)
    expect(response.json().owner).toEqual({
      resident: null,
      name: '赵大海',
      idNumberMasked: '110105********002X',
    })
    const row = await t().db.prisma.dwelling.findUniqueOrThrow({
      where: { id: response.json().id },
    })
    expect(t().app.cipher.decrypt(row.ownerIdNumberCipher!)).toBe(ownerId.stored)
    const { rows } = await t().db.pool.query(`SELECT to_jsonb(d)::text AS row FROM dwelling d`)
    expect(rows.map((r) => r.row).join()).not.toContain(ownerId.stored)

    // Left out of an edit, the stored number stays; null removes it.
    const id = response.json().id
    const kept = await api(auth, 'PATCH', `/dwellings/${id}`, { ownerName: '赵小海' }, 1)
    expect(kept.json().owner).toMatchObject({
      name: '赵小海',
      idNumberMasked: '110105********002X',
    })
    const cleared = await api(auth, 'PATCH', `/dwellings/${id}`, { ownerIdNumber: null }, 2)
    expect(cleared.json().owner.idNumberMasked).toBeNull()
  })

  it('refuses invalid input — the owner’s ID number by the contract, with the others — and writes nothing', async () => {
    const { building, auth } = await setup()
    const before = await t().db.prisma.dwelling.count()
    const response = await api(auth, 'POST', '/dwellings', {
      buildingId: building.id,
      room: '',
      area: '12.345',
      use: 'palace',
      ownerIdNumber: '110105194912310021',
    })
    expect(response.statusCode).toBe(400)
    const problem = response.json()
    expect(problem.code).toBe('validation_failed')
    const byPath = Object.fromEntries(
      problem.errors.map((e: { path: string; code: string; message: string }) => [e.path, e]),
    )
    expect(Object.keys(byPath).sort()).toEqual(['area', 'ownerIdNumber', 'room', 'use'])
    expect(byPath.ownerIdNumber).toEqual({
      path: 'ownerIdNumber',
      code: 'id_number_check_digit',
      message: '身份证号校验位错误，请核对每一位',
    })
    for (const error of problem.errors) expect(error.message).toMatch(/[\u4e00-\u9fa5]/)
    expect(await t().db.prisma.dwelling.count()).toBe(before)

    const dwelling = await seedDwelling(t().db.prisma, { buildingId: building.id })
    const edit = await api(
      auth,
      'PATCH',
      `/dwellings/${dwelling.id}`,
      { ownerIdNumber: '1101051949' },
      1,
    )
    expect(edit.statusCode).toBe(400)
    expect(edit.json().errors.map((e: { path: string }) => e.path)).toEqual(['ownerIdNumber'])
    const row = await t().db.prisma.dwelling.findUniqueOrThrow({ where: { id: dwelling.id } })
    expect(row).toMatchObject({ version: 1, ownerIdNumberCipher: null })
  })

  it('documents the owner’s ID number in OpenAPI as the ID-number field it is validated as', async () => {
    const document = (await t().app.inject({ method: 'GET', url: '/api/openapi.json' })).json()
    const body = (path: string, method: string) => {
      const ref = document.paths[path][method].requestBody.content['application/json'].schema.$ref
      return document.components.schemas[ref.replace('#/components/schemas/', '')]
    }
    for (const schema of [
      body('/api/v1/dwellings', 'post'),
      body('/api/v1/dwellings/{id}', 'patch'),
    ])
      expect(JSON.stringify(schema.properties.ownerIdNumber)).toContain('GB 11643')
  })

  it('refuses a second dwelling with the same unit and room, and a building it cannot see', async () => {
    const { building, auth } = await setup()
    await seedDwelling(t().db.prisma, { buildingId: building.id, unit: '2', room: '502' })
    const duplicate = await api(auth, 'POST', '/dwellings', {
      buildingId: building.id,
      unit: '2',
      room: '502',
    })
    expect(duplicate.statusCode).toBe(409)
    expect(duplicate.json().errors).toEqual([
      { path: 'room', code: 'dwelling_taken', message: expect.stringMatching(/[\u4e00-\u9fa5]/) },
    ])
    const other = await setup()
    const foreign = await api(auth, 'POST', '/dwellings', {
      buildingId: other.building.id,
      room: '1',
    })
    expect(foreign.statusCode).toBe(400)
    expect(foreign.json().errors).toEqual([
      { path: 'buildingId', code: 'building_unknown', message: '楼栋不存在' },
    ])
  })

  it('needs If-Match to change or remove: missing → 428, stale → 412, and nothing changes', async () => {
    const { building, auth } = await setup()
    const dwelling = await seedDwelling(t().db.prisma, { buildingId: building.id })
    const url = `/dwellings/${dwelling.id}`
    expect((await api(auth, 'PATCH', url, { use: 'vacant' })).statusCode).toBe(428)
    const stale = await api(auth, 'PATCH', url, { use: 'vacant' }, 3)
    expect(stale.statusCode).toBe(412)
    expect(stale.json().title).toBe('记录已被他人修改，请刷新后再保存')
    expect((await api(auth, 'DELETE', url)).statusCode).toBe(428)
    expect((await api(auth, 'DELETE', url, undefined, 3)).statusCode).toBe(412)
    const row = await t().db.prisma.dwelling.findUniqueOrThrow({ where: { id: dwelling.id } })
    expect(row).toMatchObject({ use: 'owner_occupied', version: 1, deletedAt: null })
  })

  it('answers a clerk of another committee 404, and lets them name neither its building nor its residents', async () => {
    const { committee, building } = await setup()
    const dwelling = await seedDwelling(t().db.prisma, { buildingId: building.id })
    const resident = await seedResident(t().db.prisma, t().app.cipher, {
      committeeId: committee.id,
    })
    const stranger = await setup()
    const url = `/dwellings/${dwelling.id}`
    for (const response of [
      await api(stranger.auth, 'GET', url),
      await api(stranger.auth, 'PATCH', url, { use: 'vacant' }, 1),
      await api(stranger.auth, 'DELETE', url, undefined, 1),
    ]) {
      expect(response.statusCode).toBe(404)
      expect(response.json().code).toBe('not_found')
    }
    expect(
      (await api(stranger.auth, 'GET', `/dwellings?buildingId=${building.id}`)).json(),
    ).toMatchObject({ items: [], total: 0 })
    const owned = await api(stranger.auth, 'POST', '/dwellings', {
      buildingId: stranger.building.id,
      room: '1',
      ownerResidentId: resident.id,
    })
    expect(owned.statusCode).toBe(400)
    expect(owned.json().errors[0]).toMatchObject({
      path: 'ownerResidentId',
      code: 'resident_unknown',
    })
    const row = await t().db.prisma.dwelling.findUniqueOrThrow({ where: { id: dwelling.id } })
    expect(row).toMatchObject({ version: 1, deletedAt: null })
  })
})
