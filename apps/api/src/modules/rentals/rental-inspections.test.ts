import { addDays } from '@cr/shared/party/calendar'
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

const setup = async () => {
  const clerk = await seedCommitteeClerk(t())
  const building = await seedBuilding(t().db.prisma, { committeeId: clerk.committee.id })
  const dwelling = await seedDwelling(t().db.prisma, { buildingId: building.id })
  const property = await seedRentalProperty(t().db.prisma, t().app.cipher, {
    dwellingId: dwelling.id,
    allowedOccupants: 2,
  })
  await seedRentalContract(t().db.prisma, {
    propertyId: property.id,
    leaseStartsOn: '2026-01-01',
    leaseEndsOn: '2027-06-30',
  })
  return { ...clerk, property }
}

describe('inspections, people pending registration and the registration rate', () => {
  it('falls below 100% when an inspection finds an unregistered person, and is 100% again once registered', async () => {
    const { auth, committee, property } = await setup()
    const rate = async (asOf = testToday) =>
      (await api(auth, 'GET', `/temporary-residents/registration-rate?asOf=${asOf}`)).json()
    const desk = (name: string, movedInOn: string) =>
      api(auth, 'POST', '/temporary-residents', {
        person: { name, idNumber: testIdNumber() },
        propertyId: property.id,
        reason: 'work',
        movedInOn,
        declaredOn: testToday,
      })
    expect((await desk('按时租客', testToday)).json().timeliness).toBe('on_time')
    expect((await desk('逾期租客', '2026-11-20')).json().timeliness).toBe('late')
    expect((await rate()).overall).toEqual({ registered: 2, pending: 0, rate: 1, percent: 100 })

    const created = await api(auth, 'POST', '/rental-inspections', {
      propertyId: property.id,
      inspectedOn: testToday,
      inspectors: ['张三', '李四'],
      items: ['fire_safety', 'occupant_count', 'fire_safety'],
      findings: '实际居住 3 人，超过核定人数；一人未登记',
      occupantCount: 3,
      rectificationDueOn: addDays(testToday, 7),
      unregistered: [{ name: '无名租客', description: '男，约三十岁' }],
    })
    expect(created.statusCode).toBe(201)
    const inspection = created.json()
    expect(inspection).toMatchObject({
      items: ['fire_safety', 'occupant_count'],
      occupantCount: 3,
      allowedOccupants: 2,
      occupantsOverAllowed: 1,
      rectificationOverdue: false,
      pendingRegistrations: [{ name: '无名租客' }],
    })
    const found = inspection.pendingRegistrations[0].id
    expect((await api(auth, 'GET', `/pending-registrations/${found}`)).json()).toMatchObject({
      source: 'inspection',
      reportedBy: '张三、李四',
      reportedOn: testToday,
      state: 'pending',
      inspection: { id: inspection.id },
    })

    const below = await rate()
    expect(below.overall).toEqual({ registered: 2, pending: 1, rate: 2 / 3, percent: 66.6 })
    expect(below.committees).toEqual([
      {
        committee: { id: committee.id, name: committee.name },
        registered: 2,
        pending: 1,
        rate: 2 / 3,
        percent: 66.6,
      },
    ])
    expect((await rate(addDays(testToday, -1))).overall).toMatchObject({
      registered: 0,
      pending: 1,
    })

    const registered = await api(auth, 'POST', '/temporary-residents', {
      person: { name: '周明', idNumber: testIdNumber() },
      propertyId: property.id,
      reason: 'work',
      movedInOn: '2026-11-25',
      declaredOn: testToday,
      pendingRegistrationId: found,
    })
    expect(registered.statusCode).toBe(201)
    expect((await api(auth, 'GET', `/pending-registrations/${found}`)).json()).toMatchObject({
      state: 'registered',
      resolvedOn: testToday,
      temporaryResident: { id: registered.json().id, name: '周明' },
    })
    expect((await rate()).overall).toMatchObject({ registered: 3, pending: 0, percent: 100 })

    const again = await api(
      auth,
      'POST',
      `/pending-registrations/${found}/resolve`,
      { resolvedOn: testToday, clearReason: '重复' },
      2,
    )
    expect(again.statusCode).toBe(409)
    expect(errorsOf(again.json())).toEqual([['id', 'pending_registration_resolved']])

    // A clerk of another committee sees none of it.
    const { auth: stranger } = await seedCommitteeClerk(t())
    expect((await api(stranger, 'GET', `/rental-inspections/${inspection.id}`)).statusCode).toBe(
      404,
    )
    expect((await api(stranger, 'GET', `/pending-registrations/${found}`)).statusCode).toBe(404)
    const theirRate = await api(stranger, 'GET', '/temporary-residents/registration-rate')
    expect(theirRate.json()).toEqual({
      asOf: testToday,
      overall: { registered: 0, pending: 0, rate: null, percent: null },
      committees: [],
    })
  })

  it('needs two inspectors; the rectification is overdue after its deadline until confirmed', async () => {
    const { auth, property } = await setup()
    const one = await api(auth, 'POST', '/rental-inspections', {
      propertyId: property.id,
      inspectedOn: testToday,
      inspectors: ['张三'],
    })
    expect(one.statusCode).toBe(400)
    expect(errorsOf(one.json())).toEqual([['inspectors', 'rental_inspectors_required']])
    expect(one.json().errors[0].message).toBe('检查须由两名及以上人员进行')

    const visit = (
      await api(auth, 'POST', '/rental-inspections', {
        propertyId: property.id,
        inspectedOn: addDays(testToday, -20),
        inspectors: ['张三', '李四'],
        items: ['electrical'],
        findings: '私拉电线',
        rectificationDueOn: addDays(testToday, -5),
      })
    ).json()
    expect(visit).toMatchObject({ rectificationOverdue: true, occupantsOverAllowed: 0 })
    const overdue = await api(
      auth,
      'GET',
      `/rental-inspections?propertyId=${property.id}&rectificationOverdue=true`,
    )
    expect(overdue.json().items.map((i: { id: string }) => i.id)).toEqual([visit.id])
    const early = await api(
      auth,
      'POST',
      `/rental-inspections/${visit.id}/rectify`,
      { rectifiedOn: addDays(testToday, -21) },
      1,
    )
    expect(errorsOf(early.json())).toEqual([['rectifiedOn', 'rental_rectified_before_inspection']])
    const rectified = await api(
      auth,
      'POST',
      `/rental-inspections/${visit.id}/rectify`,
      { rectifiedOn: testToday, note: '已重新布线' },
      1,
    )
    expect(rectified.json()).toMatchObject({
      rectifiedOn: testToday,
      rectificationNote: '已重新布线',
      rectificationOverdue: false,
      version: 2,
    })
    const audit = await t().db.prisma.auditEvent.findMany({
      where: { entityId: visit.id },
      orderBy: { occurredAt: 'asc' },
    })
    expect(audit.map((a) => a.action)).toEqual(['create', 'update'])
    expect(
      (await api(auth, 'DELETE', `/rental-inspections/${visit.id}`, undefined, 2)).statusCode,
    ).toBe(204)
  })

  it('keeps people reported by a 楼长 pending until cleared with a reason; an inspection that found someone pending stays', async () => {
    const { auth, property } = await setup()
    const reported = await api(auth, 'POST', '/pending-registrations', {
      propertyId: property.id,
      name: '新来的',
      source: 'building_leader',
      reportedBy: '楼长王大妈',
      reportedOn: addDays(testToday, -3),
    })
    expect(reported.statusCode).toBe(201)
    const id = reported.json().id
    const neither = await api(
      auth,
      'POST',
      `/pending-registrations/${id}/resolve`,
      { resolvedOn: testToday },
      1,
    )
    expect(errorsOf(neither.json())).toEqual([
      ['temporaryResidentId', 'pending_registration_resolution'],
    ])
    const cleared = await api(
      auth,
      'POST',
      `/pending-registrations/${id}/resolve`,
      { resolvedOn: testToday, clearReason: '核实为探亲访客，已离开' },
      1,
    )
    expect(cleared.json()).toMatchObject({
      state: 'cleared',
      clearReason: '核实为探亲访客，已离开',
    })

    const visit = (
      await api(auth, 'POST', '/rental-inspections', {
        propertyId: property.id,
        inspectedOn: testToday,
        inspectors: ['张三', '李四'],
        unregistered: [{ name: '甲' }],
      })
    ).json()
    const kept = await api(auth, 'DELETE', `/rental-inspections/${visit.id}`, undefined, 1)
    expect(kept.statusCode).toBe(409)
    expect(errorsOf(kept.json())).toEqual([['id', 'rental_inspection_has_pending']])
  })

  it('reminds of what to act on today, in the clerk’s committees only', async () => {
    const { auth, committee, property } = await setup()
    const building = await seedBuilding(t().db.prisma, { committeeId: committee.id })
    const expiredLet = await seedRentalProperty(t().db.prisma, t().app.cipher, {
      dwellingId: (await seedDwelling(t().db.prisma, { buildingId: building.id })).id,
    })
    const ending = await seedRentalContract(t().db.prisma, {
      propertyId: (
        await seedRentalProperty(t().db.prisma, t().app.cipher, {
          dwellingId: (await seedDwelling(t().db.prisma, { buildingId: building.id })).id,
        })
      ).id,
      leaseStartsOn: '2026-01-01',
      leaseEndsOn: addDays(testToday, 30),
    })
    const expired = await seedRentalContract(t().db.prisma, {
      propertyId: expiredLet.id,
      leaseStartsOn: '2025-01-01',
      leaseEndsOn: addDays(testToday, -1),
    })
    const tenant = (movedInOn: string, extra: object = {}) =>
      api(auth, 'POST', '/temporary-residents', {
        person: { name: '提醒租客', idNumber: testIdNumber() },
        propertyId: expiredLet.id,
        reason: 'work',
        movedInOn,
        ...extra,
      }).then((r) => r.json())
    const late = await tenant('2026-11-20') // deadline 11-25, not declared
    const permit = await tenant('2025-01-10', {
      declaredOn: '2025-01-10',
      permitNumber: '居2025-1',
      permitIssuedOn: '2025-12-20',
    })
    const visit = (
      await api(auth, 'POST', '/rental-inspections', {
        propertyId: property.id,
        inspectedOn: addDays(testToday, -10),
        inspectors: ['张三', '李四'],
        findings: '楼道堆物',
        rectificationDueOn: addDays(testToday, -1),
        unregistered: [{ name: '未登记者' }],
      })
    ).json()

    const reminders = (await api(auth, 'GET', '/rental-reminders')).json()
    const ids = (list: { total: number; items: { id: string }[] }) => [
      list.total,
      list.items.map((i) => i.id),
    ]
    expect(reminders.today).toBe(testToday)
    expect(ids(reminders.contractsEnding)).toEqual([1, [ending.id]])
    expect(ids(reminders.contractsExpiredOccupied)).toEqual([1, [expired.id]])
    expect(ids(reminders.registrationsOverdue)).toEqual([1, [late.id]])
    expect(reminders.registrationsOverdue.items[0]).toMatchObject({ date: '2026-11-25' })
    expect(ids(reminders.endorsementsDue)).toEqual([1, [permit.id]])
    expect(reminders.endorsementsDue.items[0]).toMatchObject({ date: '2026-12-20' })
    expect(ids(reminders.rectificationsOverdue)).toEqual([1, [visit.id]])
    expect(ids(reminders.pendingRegistrations)).toEqual([1, [visit.pendingRegistrations[0].id]])
    // Each names the rented dwelling it is about, for a link to its page.
    const propertyOf = (list: { items: { propertyId: string | null }[] }) =>
      list.items[0]!.propertyId
    expect(propertyOf(reminders.contractsEnding)).toBe(ending.propertyId)
    expect(propertyOf(reminders.contractsExpiredOccupied)).toBe(expiredLet.id)
    expect(propertyOf(reminders.registrationsOverdue)).toBe(expiredLet.id)
    expect(propertyOf(reminders.endorsementsDue)).toBe(expiredLet.id)
    expect(propertyOf(reminders.rectificationsOverdue)).toBe(property.id)
    expect(propertyOf(reminders.pendingRegistrations)).toBe(property.id)

    const { auth: stranger } = await seedCommitteeClerk(t())
    const theirs = (await api(stranger, 'GET', '/rental-reminders')).json()
    for (const key of [
      'contractsEnding',
      'contractsExpiredOccupied',
      'registrationsOverdue',
      'endorsementsDue',
      'rectificationsOverdue',
      'pendingRegistrations',
    ])
      expect(theirs[key], key).toEqual({ total: 0, items: [] })
  })
})
