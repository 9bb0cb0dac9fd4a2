import { addDays } from '@cr/shared/party/calendar'
import { composeIdNumber } from '@cr/shared/validators/id-number'
import { describe, expect, it } from 'vitest'
import { apiRequest, seedCommitteeClerk } from '../../test/api-request.ts'
import {
  seedBuilding,
  seedDwelling,
  seedRentalContract,
  seedRentalProperty,
  testIdNumber,
} from '../../test/factories.ts'
import { testToday } from '../../test/test-clock.ts'
import { useTestApp } from '../../test/test-app.ts'

const t = useTestApp()
const api = apiRequest(t)

const errorsOf = (body: { errors: { path: string; code: string }[] }) =>
  body.errors.map((e) => [e.path, e.code])

/** A committee, its clerk, a let dwelling with a contract in force, allowing `allowed` people. */
const setup = async (allowed: number | null = 2) => {
  const clerk = await seedCommitteeClerk(t())
  const building = await seedBuilding(t().db.prisma, {
    committeeId: clerk.committee.id,
    street: '永兴路',
    buildingNumber: '5号楼',
  })
  const dwelling = await seedDwelling(t().db.prisma, {
    buildingId: building.id,
    unit: '1',
    room: '201',
  })
  const property = await seedRentalProperty(t().db.prisma, t().app.cipher, {
    dwellingId: dwelling.id,
    allowedOccupants: allowed,
  })
  const contract = await seedRentalContract(t().db.prisma, {
    propertyId: property.id,
    leaseStartsOn: '2026-01-01',
    leaseEndsOn: '2027-06-30',
  })
  return { ...clerk, building, dwelling, property, contract }
}

const tenant = (name: string, idNumber = testIdNumber()) => ({
  name,
  idNumber,
  phone: '13700001111',
})

describe('temporary residents (暂住人口)', () => {
  it('registers a tenant at the desk: the person, 户籍地 from the ID number, the contract, late shown as late', async () => {
    const { auth, committee, property, contract, dwelling } = await setup()
    const before = (await api(auth, 'GET', `/residents?committeeId=${committee.id}`)).json().total
    const idNumber = composeIdNumber('420102', '1996-04-02', 57)
    const created = await api(auth, 'POST', '/temporary-residents', {
      person: tenant('刘洋', idNumber),
      propertyId: property.id,
      reason: 'work',
      employer: '永兴物流公司',
      movedInOn: '2026-09-30',
      declaredOn: '2026-10-12',
    })
    expect(created.statusCode).toBe(201)
    const registration = created.json()
    expect(registration).toMatchObject({
      committee: { id: committee.id },
      person: {
        name: '刘洋',
        residence: 'here',
        idNumberMasked: `420102********${idNumber.slice(-4)}`,
      },
      householdRegionCode: '420102',
      householdRegion: '湖北省武汉市江岸区',
      householdProvince: '湖北省',
      lodging: 'rented',
      property: { id: property.id },
      dwelling: { id: dwelling.id, name: '永兴路5号楼1单元201室' },
      contract: { id: contract.id, name: contract.number },
      movedInOn: '2026-09-30',
      // 国庆: 10-1…10-7 off, 10-8 (1), 10-9 (2), 10-10 Saturday worked (3).
      deadline: '2026-10-10',
      deadlineProvisional: false,
      declaredOn: '2026-10-12',
      timeliness: 'late',
      leftOn: null,
      permit: null,
    })
    expect(JSON.stringify(registration)).not.toContain(idNumber)

    // The tenant lives here: a resident of the community (暂住人口), counted.
    const person = await t().db.prisma.resident.findUniqueOrThrow({
      where: { id: registration.person.id },
    })
    expect(person).toMatchObject({
      residence: 'here',
      category: 'temporary',
      committeeId: committee.id,
    })
    expect((await api(auth, 'GET', `/residents?committeeId=${committee.id}`)).json().total).toBe(
      before + 1,
    )
    expect((await api(auth, 'GET', `/rental-properties/${property.id}`)).json()).toMatchObject({
      occupantCount: 1,
      occupantsOverAllowed: 0,
    })

    const again = await api(auth, 'POST', '/temporary-residents', {
      person: { residentId: registration.person.id },
      propertyId: property.id,
      reason: 'work',
      movedInOn: testToday,
    })
    expect(again.statusCode).toBe(409)
    expect(errorsOf(again.json())).toEqual([['person.residentId', 'temporary_resident_exists']])

    const audit = await t().db.prisma.auditEvent.findMany({
      where: { entityId: { in: [registration.id, registration.person.id] } },
      orderBy: { occurredAt: 'asc' },
    })
    expect(audit.map((a) => [a.action, a.entityType])).toEqual([
      ['create', 'resident'],
      ['create', 'temporary_resident'],
    ])
  })

  it('sets a landlord living elsewhere who moves in as a tenant to living here', async () => {
    const { auth, committee, property, building } = await setup()
    const other = await seedDwelling(t().db.prisma, { buildingId: building.id })
    const elsewhere = await seedRentalProperty(t().db.prisma, t().app.cipher, {
      dwellingId: other.id,
    })
    const before = (await api(auth, 'GET', `/residents?committeeId=${committee.id}`)).json().total
    const moved = await api(auth, 'POST', '/temporary-residents', {
      person: { residentId: elsewhere.landlordResidentId },
      propertyId: property.id,
      reason: 'other',
      movedInOn: testToday,
      declaredOn: testToday,
    })
    expect(moved.statusCode).toBe(201)
    expect(moved.json().person).toMatchObject({ residence: 'here' })
    const audit = await t().db.prisma.auditEvent.findFirstOrThrow({
      where: { entityId: elsewhere.landlordResidentId, action: 'update' },
    })
    expect(audit).toMatchObject({
      entityType: 'resident',
      before: { residence: 'elsewhere' },
      after: { residence: 'here' },
    })
    expect((await api(auth, 'GET', `/residents?committeeId=${committee.id}`)).json().total).toBe(
      before + 1,
    )
  })

  it('is due until the deadline, overdue after it, on time when declared by it', async () => {
    const { auth, property } = await setup(null)
    const register = async (movedInOn: string, declaredOn?: string) =>
      (
        await api(auth, 'POST', '/temporary-residents', {
          person: tenant('租客'),
          propertyId: property.id,
          reason: 'business',
          movedInOn,
          ...(declaredOn ? { declaredOn } : {}),
        })
      ).json()
    // testToday (Monday 11-30): deadline Thursday 12-03.
    const due = await register(testToday)
    expect(due).toMatchObject({ deadline: addDays(testToday, 3), timeliness: 'due' })
    // 11-20 (Friday): 11-23, 11-24, 11-25 → overdue on 11-30.
    const overdue = await register('2026-11-20')
    expect(overdue).toMatchObject({ deadline: '2026-11-25', timeliness: 'overdue' })

    const declared = await api(
      auth,
      'POST',
      `/temporary-residents/${due.id}/register`,
      { declaredOn: addDays(testToday, 2) },
      1,
    )
    expect(declared.statusCode).toBe(200)
    expect(declared.json()).toMatchObject({ timeliness: 'on_time', version: 2 })
    const late = await api(
      auth,
      'POST',
      `/temporary-residents/${overdue.id}/register`,
      { declaredOn: testToday },
      1,
    )
    expect(late.json()).toMatchObject({ timeliness: 'late', declaredOn: testToday })

    const ids = async (q: string) =>
      (await api(auth, 'GET', `/temporary-residents?propertyId=${property.id}&${q}`))
        .json()
        .items.map((r: { id: string }) => r.id)
    expect(await ids('timeliness=late')).toEqual([overdue.id])
    expect(await ids('timeliness=on_time')).toEqual([due.id])
    expect(await ids('timeliness=overdue')).toEqual([])

    const early = await api(
      auth,
      'POST',
      `/temporary-residents/${due.id}/register`,
      { declaredOn: addDays(testToday, -1) },
      2,
    )
    expect(errorsOf(early.json())).toEqual([
      ['declaredOn', 'temporary_resident_declared_before_move_in'],
    ])
  })

  it('counts occupants over the allowed number', async () => {
    const { auth, property, committee } = await setup(1)
    for (const name of ['甲租客', '乙租客'])
      await api(auth, 'POST', '/temporary-residents', {
        person: tenant(name),
        propertyId: property.id,
        reason: 'work',
        movedInOn: testToday,
        declaredOn: testToday,
      })
    expect((await api(auth, 'GET', `/rental-properties/${property.id}`)).json()).toMatchObject({
      allowedOccupants: 1,
      occupantCount: 2,
      occupantsOverAllowed: 1,
    })
    const over = await api(
      auth,
      'GET',
      `/rental-properties?committeeId=${committee.id}&overOccupied=true`,
    )
    expect(over.json().items.map((p: { id: string }) => p.id)).toEqual([property.id])
  })

  it('moves and leaves as dated steps with history', async () => {
    const { auth, property, building } = await setup()
    const created = (
      await api(auth, 'POST', '/temporary-residents', {
        person: tenant('王磊'),
        propertyId: property.id,
        reason: 'study',
        movedInOn: '2026-10-15',
        declaredOn: '2026-10-16',
      })
    ).json()
    const relatives = await seedDwelling(t().db.prisma, { buildingId: building.id })
    const moved = await api(
      auth,
      'POST',
      `/temporary-residents/${created.id}/move`,
      { movedOn: '2026-11-10', lodging: 'with_household', dwellingId: relatives.id },
      1,
    )
    expect(moved.statusCode).toBe(200)
    expect(moved.json()).toMatchObject({
      lodging: 'with_household',
      property: null,
      contract: null,
      dwelling: { id: relatives.id },
      movedInOn: '2026-10-15',
    })
    const left = await api(
      auth,
      'POST',
      `/temporary-residents/${created.id}/leave`,
      { leftOn: testToday, reason: '毕业离开' },
      2,
    )
    expect(left.json()).toMatchObject({ leftOn: testToday, version: 3 })
    const after = await api(
      auth,
      'POST',
      `/temporary-residents/${created.id}/register`,
      { declaredOn: testToday },
      3,
    )
    expect(after.statusCode).toBe(409)
    expect(errorsOf(after.json())).toEqual([['id', 'temporary_resident_left']])

    const events = await t().db.prisma.temporaryResidentEvent.findMany({
      where: { temporaryResidentId: created.id },
      orderBy: [{ on: 'asc' }, { createdAt: 'asc' }],
    })
    expect(events.map((e) => [e.type, e.on.toISOString().slice(0, 10)])).toEqual([
      ['moved_in', '2026-10-15'],
      ['registered', '2026-10-16'],
      ['moved', '2026-11-10'],
      ['left', testToday],
    ])
    expect(events[2]).toMatchObject({
      fromDwellingId: property.dwellingId,
      toDwellingId: relatives.id,
    })
    const current = await api(auth, 'GET', `/temporary-residents?propertyId=${property.id}`)
    expect(current.json().total).toBe(0)
    const all = await api(
      auth,
      'GET',
      `/temporary-residents?current=false&dwellingId=${relatives.id}`,
    )
    expect(all.statusCode).toBe(200)
    expect(all.json().items.map((r: { id: string }) => r.id)).toEqual([created.id])
    expect(all.json().items[0]).toMatchObject({ leftOn: testToday, leaveReason: '毕业离开' })

    // The history as the page shows it: dated, the dwellings named, who recorded it.
    const history = await api(auth, 'GET', `/temporary-residents/${created.id}/events`)
    expect(history.statusCode, history.body).toBe(200)
    const items = history.json().items as Array<Record<string, unknown>>
    expect(items.map((e) => [e.type, e.on])).toEqual([
      ['moved_in', '2026-10-15'],
      ['registered', '2026-10-16'],
      ['moved', '2026-11-10'],
      ['left', testToday],
    ])
    expect(items[2]).toMatchObject({
      from: { id: property.dwellingId, name: expect.stringContaining('永兴路') },
      to: { id: relatives.id },
    })
    expect(items[3]).toMatchObject({ note: '毕业离开', recordedBy: expect.any(String) })
    const stranger = await seedCommitteeClerk(t())
    const hidden = await api(stranger.auth, 'GET', `/temporary-residents/${created.id}/events`)
    expect(hidden.statusCode).toBe(404)
  })

  it('registers people not in a rented dwelling: staying with a household, in a dormitory', async () => {
    const { auth, building } = await setup()
    const relatives = await seedDwelling(t().db.prisma, { buildingId: building.id })
    const dormitory = await seedDwelling(t().db.prisma, { buildingId: building.id })
    const withFamily = await api(auth, 'POST', '/temporary-residents', {
      person: tenant('投亲者'),
      lodging: 'with_household',
      dwellingId: relatives.id,
      reason: 'family',
      movedInOn: '2026-11-02',
    })
    expect(withFamily.statusCode, withFamily.body).toBe(201)
    expect(withFamily.json()).toMatchObject({
      lodging: 'with_household',
      property: null,
      contract: null,
      dwelling: { id: relatives.id },
    })
    const staff = await api(auth, 'POST', '/temporary-residents', {
      person: tenant('宿舍工'),
      lodging: 'dormitory',
      dwellingId: dormitory.id,
      reason: 'work',
      employer: '永兴物流公司',
      movedInOn: '2026-11-02',
    })
    expect(staff.statusCode, staff.body).toBe(201)
    expect(staff.json()).toMatchObject({ lodging: 'dormitory', dwelling: { id: dormitory.id } })
    // Neither place is needed twice, nor can a contract be named without a rented dwelling.
    const nowhere = await api(auth, 'POST', '/temporary-residents', {
      person: tenant('无处'),
      lodging: 'dormitory',
      reason: 'work',
      movedInOn: '2026-11-02',
    })
    expect(nowhere.statusCode).toBe(400)
    expect(errorsOf(nowhere.json())).toEqual([['propertyId', 'temporary_resident_place_required']])
  })

  it('finds people by name, last four of the ID number or phone, and a whole phone (q)', async () => {
    const { auth, property } = await setup(null)
    const idNumber = testIdNumber({ birthDate: '1995-03-04' })
    const created = await api(auth, 'POST', '/temporary-residents', {
      person: { name: '司马青', idNumber, phone: '13911112345' },
      propertyId: property.id,
      reason: 'work',
      movedInOn: '2026-11-02',
    })
    expect(created.statusCode, created.body).toBe(201)
    await api(auth, 'POST', '/temporary-residents', {
      person: { name: '欧阳白', idNumber: testIdNumber(), phone: '13922226789' },
      propertyId: property.id,
      reason: 'work',
      movedInOn: '2026-11-02',
    })
    const found = async (q: string) => {
      const res = await api(auth, 'GET', `/temporary-residents?q=${encodeURIComponent(q)}`)
      expect(res.statusCode, res.body).toBe(200)
      return (res.json().items as Array<{ person: { name: string } }>).map((r) => r.person.name)
    }
    expect(await found('马青')).toEqual(['司马青'])
    expect(await found(idNumber.slice(-4))).toEqual(['司马青'])
    expect(await found('2345')).toEqual(['司马青'])
    expect(await found('139 1111 2345')).toEqual(['司马青'])
    expect(await found('1391111')).toEqual([])
    expect(await found('欧阳')).toEqual(['欧阳白'])
  })

  it('keeps the 居住证 and its yearly 签注 due date', async () => {
    const { auth, property } = await setup()
    const created = await api(auth, 'POST', '/temporary-residents', {
      person: tenant('陈静'),
      propertyId: property.id,
      reason: 'work',
      movedInOn: '2025-05-01',
      declaredOn: '2025-05-06',
      permitNumber: '鲁0521居2025000123',
      permitIssuedOn: '2025-12-15',
    })
    expect(created.json().permit).toEqual({
      number: '鲁0521居2025000123',
      issuedOn: '2025-12-15',
      lastEndorsedOn: null,
      endorsementDueOn: '2026-12-15',
      endorsementState: 'due_soon',
    })
    const due = await api(
      auth,
      'GET',
      `/temporary-residents?propertyId=${property.id}&permitDue=true`,
    )
    expect(due.json().items.map((r: { id: string }) => r.id)).toEqual([created.json().id])
  })

  it('refuses bad input by field, and is 404 to another committee', async () => {
    const { auth, property } = await setup()
    const nowhere = await api(auth, 'POST', '/temporary-residents', {
      person: tenant('赵敏'),
      reason: 'trip',
      movedInOn: testToday,
      declaredOn: addDays(testToday, -1),
    })
    expect(nowhere.statusCode).toBe(400)
    expect(errorsOf(nowhere.json())).toEqual([['reason', 'invalid_value']])
    const unplaced = await api(auth, 'POST', '/temporary-residents', {
      person: tenant('赵敏'),
      reason: 'other',
      movedInOn: testToday,
      declaredOn: addDays(testToday, -1),
    })
    expect(errorsOf(unplaced.json()).sort()).toEqual([
      ['declaredOn', 'temporary_resident_declared_before_move_in'],
      ['propertyId', 'temporary_resident_place_required'],
    ])
    for (const e of unplaced.json().errors) expect(e.message).toMatch(/[\u4e00-\u9fa5]/)
    const created = (
      await api(auth, 'POST', '/temporary-residents', {
        person: tenant('赵敏'),
        propertyId: property.id,
        reason: 'other',
        movedInOn: testToday,
      })
    ).json()
    const { auth: stranger } = await seedCommitteeClerk(t())
    const url = `/temporary-residents/${created.id}`
    for (const response of [
      await api(stranger, 'GET', url),
      await api(stranger, 'PATCH', url, { employer: 'x' }, 1),
      await api(stranger, 'POST', `${url}/register`, { declaredOn: testToday }, 1),
      await api(stranger, 'POST', `${url}/leave`, { leftOn: testToday }, 1),
      await api(stranger, 'DELETE', url, undefined, 1),
    ])
      expect(response.statusCode).toBe(404)
    const theirs = await api(stranger, 'POST', '/temporary-residents', {
      person: tenant('钱多'),
      propertyId: property.id,
      reason: 'other',
      movedInOn: testToday,
    })
    expect(errorsOf(theirs.json())).toEqual([['propertyId', 'rental_property_unknown']])
  })

  it('exports the 暂住人口登记表 with Chinese headers, masked', async () => {
    const { auth, committee, property } = await setup()
    const idNumber = composeIdNumber('110101', '1990-01-01', 21)
    await api(auth, 'POST', '/temporary-residents', {
      person: tenant('孙倩', idNumber),
      propertyId: property.id,
      reason: 'family',
      movedInOn: testToday,
    })
    const file = await api(
      auth,
      'GET',
      `/temporary-residents/export?format=csv&committeeId=${committee.id}`,
    )
    expect(file.statusCode).toBe(200)
    expect(file.body).toContain('户籍地')
    expect(file.body).toContain('北京市东城区')
    expect(file.body).toContain('投亲靠友')
    expect(file.body).not.toContain(idNumber)

    // A whole phone typed into q finds the person, and the export's audit row keeps it masked.
    const byPhone = await api(
      auth,
      'GET',
      `/temporary-residents/export?format=csv&q=13700001111&committeeId=${committee.id}`,
    )
    expect(byPhone.statusCode).toBe(200)
    expect(byPhone.body).toContain('孙倩')
    const audits = await t().db.prisma.auditEvent.findMany({
      where: { entityType: 'temporary_resident', action: 'export' },
      orderBy: { occurredAt: 'desc' },
      take: 1,
    })
    expect(JSON.stringify(audits[0]?.after)).not.toContain('13700001111')
    expect(JSON.stringify(audits[0]?.after)).toContain('137****1111')
  })
})
