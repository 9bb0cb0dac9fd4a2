import { addDays } from '@cr/shared/party/calendar'
import { composeIdNumber } from '@cr/shared/validators/id-number'
import { describe, expect, it } from 'vitest'
import { apiRequest, seedCommitteeClerk, type TAuth } from '../../test/api-request.ts'
import {
  seedBuilding,
  seedCommittee,
  seedDwelling,
  seedRentalContract,
  seedRentalProperty,
  seedResident,
  seedUser,
  testIdNumber,
} from '../../test/factories.ts'
import { signIn } from '../../test/sign-in.ts'
import { testToday } from '../../test/test-clock.ts'
import { useTestApp } from '../../test/test-app.ts'

const t = useTestApp()
const api = apiRequest(t)

const errorsOf = (body: { errors: { path: string; code: string; message: string }[] }) =>
  body.errors.map((e) => [e.path, e.code])

/** A committee, its clerk and a dwelling of theirs. */
const setup = async () => {
  const clerk = await seedCommitteeClerk(t())
  const building = await seedBuilding(t().db.prisma, {
    committeeId: clerk.committee.id,
    street: '永兴路',
    buildingNumber: '3号楼',
  })
  const dwelling = await seedDwelling(t().db.prisma, {
    buildingId: building.id,
    unit: '2',
    room: '301',
  })
  return { ...clerk, building, dwelling }
}

const residentsTotal = async (auth: TAuth, committeeId: string) =>
  (await api(auth, 'GET', `/residents?committeeId=${committeeId}`)).json().total as number

describe('rental properties (出租房屋)', () => {
  it('registers a dwelling for rent with a landlord living elsewhere, one person, audited', async () => {
    const { committee, auth, dwelling } = await setup()
    const before = await residentsTotal(auth, committee.id)
    const idNumber = composeIdNumber('420102', '1975-03-08', 31)
    const created = await api(auth, 'POST', '/rental-properties', {
      dwellingId: dwelling.id,
      landlord: { name: '王建国', idNumber, phone: '13912345678' },
      use: 'residential',
      rooms: 2,
      area: '56.5',
      allowedOccupants: 2,
      duties: ['valid_id', 'tenants_declared'],
      dutiesConfirmedOn: testToday,
    })
    expect(created.statusCode).toBe(201)
    expect(created.headers.etag).toBe('"1"')
    const property = created.json()
    expect(property).toMatchObject({
      committee: { id: committee.id },
      dwelling: { id: dwelling.id, name: '永兴路3号楼2单元301室' },
      landlord: {
        name: '王建国',
        idNumberMasked: `420102********${idNumber.slice(-4)}`,
        phoneMasked: '139****5678',
        residence: 'elsewhere',
      },
      agent: null,
      use: 'residential',
      rooms: 2,
      area: '56.50',
      allowedOccupants: 2,
      duties: ['valid_id', 'tenants_declared'],
      dutiesConfirmedOn: testToday,
      occupantCount: 0,
      occupantsOverAllowed: 0,
      contract: null,
      version: 1,
    })
    expect(JSON.stringify(property)).not.toContain(idNumber)

    // The landlord is a person of the registry (found by id, revealable, audited) but no resident
    // of the community: the residents list and its count leave them out.
    const landlord = property.landlord.id
    expect((await api(auth, 'GET', `/residents/${landlord}`)).statusCode).toBe(200)
    const revealed = await api(auth, 'POST', `/residents/${landlord}/reveal`, {
      field: 'idNumber',
      reason: '核对出租人身份',
    })
    expect(revealed.json()).toEqual({ field: 'idNumber', value: idNumber })
    expect(
      await t().db.prisma.auditEvent.count({ where: { entityId: landlord, action: 'reveal' } }),
    ).toBe(1)
    expect(await residentsTotal(auth, committee.id)).toBe(before)
    const listed = (
      await api(auth, 'GET', `/residents?committeeId=${committee.id}&q=王建国`)
    ).json()
    expect(listed.items).toEqual([])
    const row = await t().db.prisma.resident.findUniqueOrThrow({ where: { id: landlord } })
    expect(row.residence).toBe('elsewhere')
    const exported = await api(
      auth,
      'GET',
      `/residents/export?format=csv&committeeId=${committee.id}`,
    )
    expect(exported.statusCode).toBe(200)
    expect(exported.body).not.toContain('王建国')

    // Registering them again by the same ID number points at the one person: 409, not a copy.
    const other = await seedDwelling(t().db.prisma, { buildingId: dwelling.buildingId })
    const again = await api(auth, 'POST', '/rental-properties', {
      dwellingId: other.id,
      landlord: { name: '王建国', idNumber },
    })
    expect(again.statusCode).toBe(409)
    expect(errorsOf(again.json())).toEqual([['landlord.idNumber', 'id_number_taken']])
    expect(again.json().existing).toMatchObject({ type: 'resident', id: landlord })
    const byId = await api(auth, 'POST', '/rental-properties', {
      dwellingId: other.id,
      landlord: { residentId: landlord },
    })
    expect(byId.statusCode).toBe(201)
    expect(await t().db.prisma.resident.count({ where: { name: '王建国' } })).toBe(1)

    const changed = await api(
      auth,
      'PATCH',
      `/rental-properties/${property.id}`,
      { allowedOccupants: 3, duties: [] },
      1,
    )
    expect(changed.statusCode).toBe(200)
    expect(changed.json()).toMatchObject({
      allowedOccupants: 3,
      duties: [],
      use: 'residential',
      version: 2,
    })

    const audit = await t().db.prisma.auditEvent.findMany({
      where: { entityId: { in: [property.id, landlord] } },
      orderBy: { occurredAt: 'asc' },
    })
    expect(audit.map((a) => [a.action, a.entityType])).toEqual([
      ['create', 'resident'],
      ['create', 'rental_property'],
      ['reveal', 'resident'],
      ['update', 'rental_property'],
    ])
    expect(JSON.stringify(audit)).not.toContain(idNumber)

    const removed = await api(auth, 'DELETE', `/rental-properties/${property.id}`, undefined, 2)
    expect(removed.statusCode).toBe(204)
    expect((await api(auth, 'GET', `/rental-properties/${property.id}`)).statusCode).toBe(404)
  })

  it('lets a resident living here let a flat: the landlord stays a resident', async () => {
    const { committee, auth, dwelling } = await setup()
    const owner = await seedResident(t().db.prisma, t().app.cipher, { committeeId: committee.id })
    const before = await residentsTotal(auth, committee.id)
    const created = await api(auth, 'POST', '/rental-properties', {
      dwellingId: dwelling.id,
      landlord: { residentId: owner.id },
    })
    expect(created.statusCode).toBe(201)
    expect(created.json().landlord).toMatchObject({ id: owner.id, residence: 'here' })
    expect(await residentsTotal(auth, committee.id)).toBe(before)
  })

  it('refuses bad input with field paths and Chinese messages, and writes nothing', async () => {
    const { auth, dwelling } = await setup()
    const people = await t().db.prisma.resident.count()
    const response = await api(auth, 'POST', '/rental-properties', {
      dwellingId: dwelling.id,
      landlord: { name: '李四', idNumber: '370521198001011235', sex: '2' },
      use: 'hotel',
      rooms: -1,
      duties: ['valid_id', 'valid_id'],
    })
    expect(response.statusCode).toBe(400)
    expect(response.headers['content-type']).toContain('application/problem+json')
    const problem = response.json()
    expect(problem.code).toBe('validation_failed')
    expect(problem.errors.map((e: { path: string }) => e.path).sort()).toEqual([
      'duties',
      'landlord.idNumber',
      'rooms',
      'use',
    ])
    for (const error of problem.errors) expect(error.message).toMatch(/[\u4e00-\u9fa5]/)

    const noPerson = await api(auth, 'POST', '/rental-properties', {
      dwellingId: dwelling.id,
      landlord: {},
    })
    expect(errorsOf(noPerson.json())).toEqual([
      ['landlord.name', 'rental_person_required'],
      ['landlord.idNumber', 'rental_person_required'],
    ])
    const wrongSex = await api(auth, 'POST', '/rental-properties', {
      dwellingId: dwelling.id,
      landlord: { name: '李四', idNumber: testIdNumber({ male: true }), sex: '2' },
    })
    expect(errorsOf(wrongSex.json())).toEqual([['landlord.sex', 'sex_mismatch']])
    expect(await t().db.prisma.resident.count()).toBe(people)
    expect(await t().db.prisma.rentalProperty.count({ where: { dwellingId: dwelling.id } })).toBe(0)
  })

  it('registers a dwelling once, and only the clerk’s own dwellings and people', async () => {
    const { auth, dwelling, committee } = await setup()
    await seedRentalProperty(t().db.prisma, t().app.cipher, { dwellingId: dwelling.id })
    const twice = await api(auth, 'POST', '/rental-properties', {
      dwellingId: dwelling.id,
      landlord: { name: '赵六', idNumber: testIdNumber() },
    })
    expect(twice.statusCode).toBe(409)
    expect(errorsOf(twice.json())).toEqual([['dwellingId', 'rental_property_exists']])

    const foreign = await seedCommittee(t().db.prisma)
    const theirs = await seedDwelling(t().db.prisma, {
      buildingId: (await seedBuilding(t().db.prisma, { committeeId: foreign.id })).id,
    })
    const stranger = await seedResident(t().db.prisma, t().app.cipher, { committeeId: foreign.id })
    const mine = await seedDwelling(t().db.prisma, { buildingId: dwelling.buildingId })
    expect(
      errorsOf(
        (
          await api(auth, 'POST', '/rental-properties', {
            dwellingId: theirs.id,
            landlord: { residentId: stranger.id },
          })
        ).json(),
      ),
    ).toEqual([['dwellingId', 'dwelling_unknown']])
    expect(
      errorsOf(
        (
          await api(auth, 'POST', '/rental-properties', {
            dwellingId: mine.id,
            landlord: { residentId: stranger.id },
          })
        ).json(),
      ),
    ).toEqual([['landlord.residentId', 'resident_unknown']])
    expect(committee.id).not.toBe(foreign.id)
  })

  it('keeps a property that has a contract (409), needs If-Match, and is 404 to other committees', async () => {
    const { auth, dwelling } = await setup()
    const property = await seedRentalProperty(t().db.prisma, t().app.cipher, {
      dwellingId: dwelling.id,
    })
    await seedRentalContract(t().db.prisma, { propertyId: property.id })
    const url = `/rental-properties/${property.id}`
    expect((await api(auth, 'PATCH', url, { rooms: 1 })).statusCode).toBe(428)
    expect((await api(auth, 'PATCH', url, { rooms: 1 }, 7)).statusCode).toBe(412)
    const kept = await api(auth, 'DELETE', url, undefined, 1)
    expect(kept.statusCode).toBe(409)
    expect(errorsOf(kept.json())).toEqual([['id', 'rental_property_has_records']])

    const { auth: stranger } = await seedCommitteeClerk(t())
    for (const response of [
      await api(stranger, 'GET', url),
      await api(stranger, 'PATCH', url, { rooms: 1 }, 1),
      await api(stranger, 'DELETE', url, undefined, 1),
    ])
      expect(response.statusCode).toBe(404)
    expect((await api(stranger, 'GET', '/rental-properties')).json()).toMatchObject({ items: [] })
  })

  it('filters by the current contract’s status and by occupants over the allowed number', async () => {
    const { auth, committee, building } = await setup()
    const make = async (leaseEndsOn: string | null) => {
      const d = await seedDwelling(t().db.prisma, { buildingId: building.id })
      const p = await seedRentalProperty(t().db.prisma, t().app.cipher, { dwellingId: d.id })
      if (leaseEndsOn) await seedRentalContract(t().db.prisma, { propertyId: p.id, leaseEndsOn })
      return p.id
    }
    const active = await make(addDays(testToday, 200))
    const expiring = await make(addDays(testToday, 10))
    const expired = await make(addDays(testToday, -1))
    const none = await make(null)
    const ids = async (query: string) =>
      (await api(auth, 'GET', `/rental-properties?committeeId=${committee.id}&${query}`))
        .json()
        .items.map((p: { id: string }) => p.id)
    expect(await ids('contractStatus=active')).toEqual([active])
    expect(await ids('contractStatus=expiring')).toEqual([expiring])
    expect(await ids('contractStatus=expired')).toEqual([expired])
    expect(await ids('contractStatus=none')).toEqual([none])
    expect(await ids('overOccupied=true')).toEqual([])
    const got = (await api(auth, 'GET', `/rental-properties/${expiring}`)).json()
    expect(got.contract).toMatchObject({ status: 'expiring', leaseEndsOn: addDays(testToday, 10) })
  })

  it('filters by the contract ending within N days (end day included), by dwelling and by landlord', async () => {
    const { auth, committee, building } = await setup()
    const landlord = await seedResident(t().db.prisma, t().app.cipher, {
      committeeId: committee.id,
      residence: 'elsewhere',
    })
    const make = async (leaseEndsOn: string, cancelledOn: string | null = null) => {
      const d = await seedDwelling(t().db.prisma, { buildingId: building.id })
      const p = await seedRentalProperty(t().db.prisma, t().app.cipher, {
        dwellingId: d.id,
        landlordResidentId: landlord.id,
      })
      await seedRentalContract(t().db.prisma, { propertyId: p.id, leaseEndsOn, cancelledOn })
      return { id: p.id, dwellingId: d.id }
    }
    const in10 = await make(addDays(testToday, 10))
    const in60 = await make(addDays(testToday, 60))
    const today = await make(testToday)
    await make(addDays(testToday, -1))
    await make(addDays(testToday, 5), addDays(testToday, -3))
    const ids = async (query: string) =>
      (
        (await api(auth, 'GET', `/rental-properties?committeeId=${committee.id}&${query}`)).json()
          .items as Array<{ id: string }>
      )
        .map((p) => p.id)
        .sort()
    expect(await ids('expiringWithin=10')).toEqual([in10.id, today.id].sort())
    expect(await ids('expiringWithin=0')).toEqual([today.id])
    expect(await ids('expiringWithin=60')).toEqual([in10.id, in60.id, today.id].sort())
    expect(await ids(`dwellingId=${in60.dwellingId}`)).toEqual([in60.id])
    expect((await ids(`landlordId=${landlord.id}`)).length).toBe(5)
    const bad = await api(auth, 'GET', '/rental-properties?expiringWithin=-1')
    expect(bad.statusCode).toBe(400)
  })
})

describe('rental contracts (治安责任书)', () => {
  const property = async () => {
    const s = await setup()
    const p = await seedRentalProperty(t().db.prisma, t().app.cipher, { dwellingId: s.dwelling.id })
    return { ...s, property: p }
  }
  const year = testToday.slice(0, 4)

  it('numbers new contracts by the office’s scheme and refuses a number in use', async () => {
    const { auth, property: p } = await property()
    const lease = {
      propertyId: p.id,
      signedOn: testToday,
      leaseStartsOn: testToday,
      leaseEndsOn: addDays(testToday, 364),
      monthlyRent: 1800,
    }
    const first = await api(auth, 'POST', '/rental-contracts', lease)
    expect(first.statusCode).toBe(201)
    expect(first.json()).toMatchObject({
      number: `XXSQ-${year}-0001`,
      monthlyRent: '1800.00',
      status: 'active',
      landlord: { id: p.landlordResidentId },
      property: { id: p.id, name: '永兴路3号楼2单元301室' },
      renews: null,
      renewedBy: null,
    })
    expect((await api(auth, 'POST', '/rental-contracts', lease)).json().number).toBe(
      `XXSQ-${year}-0002`,
    )
    const taken = await api(auth, 'POST', '/rental-contracts', {
      ...lease,
      number: `XXSQ-${year}-0001`,
    })
    expect(taken.statusCode).toBe(409)
    expect(errorsOf(taken.json())).toEqual([['number', 'rental_contract_number_taken']])
    const typed = await api(auth, 'POST', '/rental-contracts', {
      ...lease,
      number: 'XXSQ-2004-0001',
    })
    expect(typed.json().number).toBe('XXSQ-2004-0001')

    const backwards = await api(auth, 'POST', '/rental-contracts', {
      ...lease,
      leaseEndsOn: addDays(testToday, -1),
    })
    expect(backwards.statusCode).toBe(400)
    expect(errorsOf(backwards.json())).toEqual([['leaseEndsOn', 'rental_lease_end_before_start']])
    expect(backwards.json().errors[0].message).toBe('租赁结束日期不能早于开始日期')
  })

  it('gives concurrent new contracts distinct numbers of the scheme', async () => {
    const { auth, property: p } = await property()
    const answers = await Promise.all(
      Array.from({ length: 6 }, () =>
        api(auth, 'POST', '/rental-contracts', {
          propertyId: p.id,
          signedOn: '2024-03-01',
          leaseStartsOn: '2024-03-01',
          leaseEndsOn: '2025-02-28',
        }),
      ),
    )
    expect(answers.map((a) => a.statusCode)).toEqual(Array(6).fill(201))
    expect(answers.map((a) => a.json().number).sort()).toEqual(
      [1, 2, 3, 4, 5, 6].map((n) => `XXSQ-2024-000${n}`),
    )
  })

  it('follows the numbering scheme an administrator sets (系统设置)', async () => {
    const { auth, property: p } = await property()
    const admin = await seedUser(t().db.prisma, { role: 'admin' })
    const adminAuth = await signIn(t().app, admin.username)
    const settings = await api(adminAuth, 'GET', '/settings')
    const bad = await api(
      adminAuth,
      'PATCH',
      '/settings',
      { rentalContractNumberPattern: 'XXSQ-{YYYY}' },
      settings.json().version,
    )
    expect(bad.statusCode).toBe(400)
    expect(errorsOf(bad.json())).toEqual([
      ['rentalContractNumberPattern', 'rental_contract_number_pattern'],
    ])
    const set = await api(
      adminAuth,
      'PATCH',
      '/settings',
      { rentalContractNumberPattern: '永兴治安{YYYY}第{NNN}号' },
      settings.json().version,
    )
    expect(set.statusCode).toBe(200)
    const created = await api(auth, 'POST', '/rental-contracts', {
      propertyId: p.id,
      signedOn: '2025-06-01',
      leaseStartsOn: '2025-06-01',
      leaseEndsOn: '2026-05-31',
    })
    expect(created.json()).toMatchObject({ number: '永兴治安2025第001号', status: 'expired' })
    // Back to the default scheme for the other tests of this file (one database).
    const reset = await api(
      adminAuth,
      'PATCH',
      '/settings',
      { rentalContractNumberPattern: 'XXSQ-{YYYY}-{NNNN}' },
      set.json().version,
    )
    expect(reset.statusCode).toBe(200)
  })

  it('derives the status from the end date: the day before and on it 即将到期, after it 已到期', async () => {
    const { auth, property: p } = await property()
    const status = async (leaseEndsOn: string) => {
      const c = await seedRentalContract(t().db.prisma, {
        propertyId: p.id,
        leaseStartsOn: '2026-01-01',
        leaseEndsOn,
      })
      return (await api(auth, 'GET', `/rental-contracts/${c.id}`)).json().status
    }
    expect(await status(addDays(testToday, 1))).toBe('expiring') // today is the day before
    expect(await status(testToday)).toBe('expiring') // today is the end date
    expect(await status(addDays(testToday, -1))).toBe('expired') // today is the day after
    expect(await status(addDays(testToday, 31))).toBe('active')
    const listed = await api(auth, 'GET', `/rental-contracts?propertyId=${p.id}&status=expiring`)
    expect(listed.json().total).toBe(2)
    const ending = await api(auth, 'GET', `/rental-contracts?propertyId=${p.id}&endingWithinDays=1`)
    expect(ending.json().total).toBe(2)
  })

  it('renews: a new contract linked to the old, once; cancels with a reason, audited', async () => {
    const { auth, property: p } = await property()
    const old = await seedRentalContract(t().db.prisma, {
      propertyId: p.id,
      leaseStartsOn: '2026-01-01',
      leaseEndsOn: addDays(testToday, 10),
    })
    expect(
      (
        await api(auth, 'POST', `/rental-contracts/${old.id}/renew`, {
          signedOn: testToday,
          leaseEndsOn: addDays(testToday, 375),
        })
      ).statusCode,
    ).toBe(428)
    const renewed = await api(
      auth,
      'POST',
      `/rental-contracts/${old.id}/renew`,
      { signedOn: testToday, leaseEndsOn: addDays(testToday, 375) },
      1,
    )
    expect(renewed.statusCode).toBe(201)
    const renewal = renewed.json()
    expect(renewal.number).toMatch(new RegExp(`^XXSQ-${year}-\\d{4}$`))
    expect(renewal).toMatchObject({
      leaseStartsOn: addDays(testToday, 11),
      status: 'active',
      renews: { id: old.id, name: old.number },
    })
    const oldNow = (await api(auth, 'GET', `/rental-contracts/${old.id}`)).json()
    expect(oldNow).toMatchObject({ renewedBy: { id: renewal.id }, version: 2 })
    expect((await api(auth, 'GET', `/rental-properties/${p.id}`)).json().contract.id).toBe(
      renewal.id,
    )
    const twice = await api(
      auth,
      'POST',
      `/rental-contracts/${old.id}/renew`,
      { signedOn: testToday, leaseEndsOn: addDays(testToday, 375) },
      2,
    )
    expect(twice.statusCode).toBe(409)
    expect(errorsOf(twice.json())).toEqual([['id', 'rental_contract_renewed']])

    const early = await api(
      auth,
      'POST',
      `/rental-contracts/${renewal.id}/cancel`,
      { cancelledOn: '2020-01-01', reason: '退租' },
      1,
    )
    expect(errorsOf(early.json())).toEqual([['cancelledOn', 'rental_cancel_before_signing']])
    const cancelled = await api(
      auth,
      'POST',
      `/rental-contracts/${renewal.id}/cancel`,
      { cancelledOn: testToday, reason: '房屋收回自住' },
      1,
    )
    expect(cancelled.statusCode).toBe(200)
    expect(cancelled.json()).toMatchObject({
      status: 'cancelled',
      cancelledOn: testToday,
      cancelReason: '房屋收回自住',
      version: 2,
    })
    const again = await api(
      auth,
      'POST',
      `/rental-contracts/${renewal.id}/cancel`,
      { cancelledOn: testToday, reason: '重复' },
      2,
    )
    expect(errorsOf(again.json())).toEqual([['id', 'rental_contract_cancelled']])

    const audit = await t().db.prisma.auditEvent.findMany({
      where: { entityType: 'rental_contract', entityId: { in: [old.id, renewal.id] } },
      orderBy: { occurredAt: 'asc' },
    })
    expect(audit.map((a) => [a.action, a.entityId === old.id ? 'old' : 'new'])).toEqual([
      ['create', 'new'],
      ['update', 'old'],
      ['update', 'new'],
    ])
    expect(audit[1]!.after).toMatchObject({ step: 'renew', renewedBy: renewal.number })
    expect(audit[2]).toMatchObject({ reason: '房屋收回自住' })
  })

  it('is 404 to a clerk of another committee, for reads, changes and steps', async () => {
    const { property: p } = await property()
    const c = await seedRentalContract(t().db.prisma, { propertyId: p.id })
    const { auth: stranger } = await seedCommitteeClerk(t())
    const url = `/rental-contracts/${c.id}`
    for (const response of [
      await api(stranger, 'GET', url),
      await api(stranger, 'PATCH', url, { notes: 'x' }, 1),
      await api(stranger, 'DELETE', url, undefined, 1),
      await api(stranger, 'POST', `${url}/cancel`, { cancelledOn: testToday, reason: 'x' }, 1),
      await api(
        stranger,
        'POST',
        `${url}/renew`,
        { signedOn: testToday, leaseEndsOn: '2027-12-31' },
        1,
      ),
    ])
      expect(response.statusCode).toBe(404)
    const create = await api(stranger, 'POST', '/rental-contracts', {
      propertyId: p.id,
      signedOn: testToday,
      leaseStartsOn: testToday,
      leaseEndsOn: '2027-12-31',
    })
    expect(errorsOf(create.json())).toEqual([['propertyId', 'rental_property_unknown']])
    const row = await t().db.prisma.rentalContract.findUniqueOrThrow({ where: { id: c.id } })
    expect(row).toMatchObject({ version: 1, cancelledOn: null, deletedAt: null })
  })

  it('exports both ledgers with Chinese headers, people masked', async () => {
    const { auth, committee, property: p } = await property()
    await seedRentalContract(t().db.prisma, { propertyId: p.id, number: 'XXSQ-2004-0009' })
    const contracts = await api(
      auth,
      'GET',
      `/rental-contracts/export?format=csv&committeeId=${committee.id}`,
    )
    expect(contracts.statusCode).toBe(200)
    expect(contracts.body).toContain('责任书编号')
    expect(contracts.body).toContain('XXSQ-2004-0009')
    const properties = await api(
      auth,
      'GET',
      `/rental-properties/export?format=csv&committeeId=${committee.id}`,
    )
    expect(properties.statusCode).toBe(200)
    expect(properties.body).toContain('出租人身份证号')
    expect(properties.body).toContain('永兴路3号楼2单元301室')
    expect(properties.body).toMatch(/370521\*{8}/)
  })
})

describe('people who live elsewhere', () => {
  it('do not join a household here', async () => {
    const { auth, dwelling } = await setup()
    const property = await seedRentalProperty(t().db.prisma, t().app.cipher, {
      dwellingId: dwelling.id,
    })
    const response = await api(auth, 'POST', '/households', {
      dwellingId: dwelling.id,
      headResidentId: property.landlordResidentId,
    })
    expect(response.statusCode).toBe(409)
    expect(errorsOf(response.json())).toEqual([['headResidentId', 'resident_lives_elsewhere']])
  })
})
