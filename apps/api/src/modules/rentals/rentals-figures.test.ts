import { describe, expect, it } from 'vitest'
import { apiRequest, seedCommitteeClerk, type TAuth } from '../../test/api-request.ts'
import {
  seedBuilding,
  seedDwelling,
  seedRentalContract,
  seedRentalProperty,
  testIdNumber,
} from '../../test/factories.ts'
import { figureReader } from '../../test/figures.ts'
import { useTestApp } from '../../test/test-app.ts'
import { newId } from '../../lib/ids.ts'
import { toDbDate } from '../../lib/dates.ts'

const t = useTestApp()
const api = apiRequest(t)
const { figure, expectFigure } = figureReader(t)

type TClerk = Awaited<ReturnType<typeof seedCommitteeClerk>>

const property = async (
  clerk: TClerk,
  room: string,
  use: 'residential' | 'business' = 'residential',
) => {
  const db = t().db.prisma
  const building = await seedBuilding(db, { committeeId: clerk.committee.id })
  const dwelling = await seedDwelling(db, { buildingId: building.id, unit: '1', room })
  const row = await seedRentalProperty(db, t().app.cipher, { dwellingId: dwelling.id, use })
  // Entered on 20 November (a fixed day, not the machine's): before then it is on the register
  // only by its dated facts.
  await db.rentalProperty.update({
    where: { id: row.id },
    data: { createdAt: new Date('2026-11-20T10:00:00+08:00') },
  })
  return { ...row, dwelling }
}

/** 暂住登记 at the desk, through the API; then its steps (each with the version). */
const tenant = async (
  auth: TAuth,
  name: string,
  body: { propertyId: string; movedInOn: string; reason: string; declaredOn?: string },
) => {
  const created = await api(auth, 'POST', '/temporary-residents', {
    person: { name, idNumber: testIdNumber(), phone: '13700001111' },
    ...body,
  })
  expect(created.statusCode, created.body).toBe(201)
  return created.json() as { id: string; version: number; deadline: string; timeliness: string }
}

const step = async (auth: TAuth, id: string, verb: string, body: object) => {
  const version = (await api(auth, 'GET', `/temporary-residents/${id}`)).json().version
  const answer = await api(auth, 'POST', `/temporary-residents/${id}/${verb}`, body, version)
  expect(answer.statusCode, `${verb} ${answer.body}`).toBe(200)
  return answer.json()
}

/**
 * Committee A (all properties entered on 2026-11-20):
 * - P1 (residential): contract K1 signed 2025-12-20, lease 2026-01-01 – 06-30; K2 signed 06-25,
 *   lease 2026-07-01 – 2027-06-30;
 * - P2 (business): K3 signed and starting 2026-03-01 to 2027-02-28, cancelled 2026-09-15;
 * - P3 (residential): no contract, 孙 moved in 2026-08-03, never declared;
 * - P5 (residential): nothing dated — on the register from its entry only.
 * Tenants: 刘 (work) in P1 from 2026-01-05, declared 01-07 (on time), left 07-15; 陈 (business)
 * in P1 from 2026-03-02, declared 03-10 (late), moved to P2 on 07-01; 周 (study) in P2 from
 * 2026-11-25, deadline 11-30, not declared; 待登记 吴 on P1 reported 2026-10-10, unresolved.
 * Committee B: P4 with K4 2026-02-01 – 12-31 and 郑 from 2026-02-02, declared 02-03.
 */
const seed = async () => {
  const a = await seedCommitteeClerk(t())
  const b = await seedCommitteeClerk(t())
  const db = t().db.prisma
  const p1 = await property(a, '101')
  const p2 = await property(a, '102', 'business')
  const p3 = await property(a, '103')
  await property(a, '105')
  const p4 = await property(b, '104')
  await seedRentalContract(db, {
    propertyId: p1.id,
    signedOn: '2025-12-20',
    leaseStartsOn: '2026-01-01',
    leaseEndsOn: '2026-06-30',
  })
  await seedRentalContract(db, {
    propertyId: p1.id,
    signedOn: '2026-06-25',
    leaseStartsOn: '2026-07-01',
    leaseEndsOn: '2027-06-30',
  })
  await seedRentalContract(db, {
    propertyId: p2.id,
    leaseStartsOn: '2026-03-01',
    leaseEndsOn: '2027-02-28',
    cancelledOn: '2026-09-15',
  })
  await seedRentalContract(db, {
    propertyId: p4.id,
    leaseStartsOn: '2026-02-01',
    leaseEndsOn: '2026-12-31',
  })
  const liu = await tenant(a.auth, '刘洋', {
    propertyId: p1.id,
    movedInOn: '2026-01-05',
    reason: 'work',
    declaredOn: '2026-01-07',
  })
  expect(liu.timeliness).toBe('on_time')
  await step(a.auth, liu.id, 'leave', { leftOn: '2026-07-15', reason: '合同到期' })
  const chen = await tenant(a.auth, '陈晨', {
    propertyId: p1.id,
    movedInOn: '2026-03-02',
    reason: 'business',
  })
  expect(chen.deadline).toBe('2026-03-05')
  expect((await step(a.auth, chen.id, 'register', { declaredOn: '2026-03-10' })).timeliness).toBe(
    'late',
  )
  await step(a.auth, chen.id, 'move', { movedOn: '2026-07-01', propertyId: p2.id })
  const sun = await tenant(a.auth, '孙立', {
    propertyId: p3.id,
    movedInOn: '2026-08-03',
    reason: 'work',
  })
  expect(sun.deadline).toBe('2026-08-06')
  const zhou = await tenant(a.auth, '周文', {
    propertyId: p2.id,
    movedInOn: '2026-11-25',
    reason: 'study',
  })
  expect(zhou.deadline).toBe('2026-11-30')
  await db.pendingRegistration.create({
    data: {
      id: newId(),
      committeeId: a.committee.id,
      propertyId: p1.id,
      name: '吴某',
      source: 'building_leader',
      reportedOn: toDbDate('2026-10-10'),
    },
  })
  await tenant(b.auth, '郑州', {
    propertyId: p4.id,
    movedInOn: '2026-02-02',
    reason: 'work',
    declaredOn: '2026-02-03',
  })
  return { a, b, p1, p2, chen }
}

describe('rentals figures as of a date', () => {
  it('count properties, contracts, temporary residents and registrations as of three dates', async () => {
    const { a, b, p1, p2, chen } = await seed()
    const { auth } = a

    const end2025 = { asOf: '2025-12-31' }
    await expectFigure(auth, 'rentals.properties', end2025, {
      value: 1,
      parts: { residential: 1 },
    })
    await expectFigure(auth, 'rentals.contracts', end2025, { value: 0, parts: {} })
    await expectFigure(auth, 'rentals.contracts-signed', end2025, { value: 1 })
    await expectFigure(auth, 'rentals.temporary-residents', end2025, { value: 0 })
    await expectFigure(auth, 'rentals.temporary-registered', end2025, { value: 0 })
    await expectFigure(auth, 'rentals.registration-rate', end2025, { value: null, parts: {} })

    const june = { asOf: '2026-06-30' }
    await expectFigure(auth, 'rentals.properties', june, {
      value: 2,
      parts: { residential: 1, business: 1 },
    })
    // K1's last day: in force, ending soon.
    await expectFigure(auth, 'rentals.contracts', june, {
      value: 2,
      parts: { expiring: 1, active: 1 },
    })
    await expectFigure(auth, 'rentals.contracts-signed', june, { value: 2 })
    const living = await expectFigure(auth, 'rentals.temporary-residents', june, {
      value: 2,
      parts: { work: 1, business: 1 },
    })
    // 陈 lived in P1 then (moved to P2 on 1 July).
    expect(living.items.find((row) => row.recordId === chen.id)?.detail).toBe(p1.dwelling.address)
    await expectFigure(auth, 'rentals.temporary-registered', june, {
      value: 2,
      parts: { on_time: 1, late: 1 },
    })
    const rate = await expectFigure(auth, 'rentals.registration-rate', june, {
      value: 500,
      parts: { on_time: 1, late: 1 },
    })
    expect(rate.total).toBe(2)

    const november = { asOf: '2026-11-30' }
    await expectFigure(auth, 'rentals.properties', november, {
      value: 4,
      parts: { residential: 3, business: 1 },
    })
    await expectFigure(auth, 'rentals.contracts', november, { value: 1, parts: { active: 1 } })
    await expectFigure(auth, 'rentals.contracts-signed', november, { value: 2 })
    const now = await expectFigure(auth, 'rentals.temporary-residents', november, {
      value: 3,
      parts: { business: 1, work: 1, study: 1 },
    })
    expect(now.items.find((row) => row.recordId === chen.id)?.detail).toBe(p2.dwelling.address)
    await expectFigure(auth, 'rentals.temporary-registered', november, {
      value: 2,
      parts: { on_time: 1, late: 1 },
    })
    // Due: 刘 (on time), 陈 (late), 孙 and 周 (not declared; 周's deadline is the day itself)
    // and 吴 pending: 1 of 5.
    const due = await expectFigure(auth, 'rentals.registration-rate', november, {
      value: 200,
      parts: { on_time: 1, late: 1, not_registered: 3 },
    })
    expect(due.total).toBe(5)
    // The second half-year alone: nothing on time.
    await expectFigure(
      auth,
      'rentals.registration-rate',
      { asOf: '2026-11-30', from: '2026-07-01' },
      { value: 0, parts: { not_registered: 3 } },
    )

    // Committee B's clerk sees B's only.
    await expectFigure(b.auth, 'rentals.properties', november, { value: 1 })
    await expectFigure(b.auth, 'rentals.contracts', november, { value: 1 })
    await expectFigure(b.auth, 'rentals.temporary-residents', november, { value: 1 })
    await expectFigure(b.auth, 'rentals.registration-rate', november, {
      value: 1000,
      parts: { on_time: 1 },
    })
  })

  it('are not recorded (null) for a committee without rentals', async () => {
    const { auth } = await seedCommitteeClerk(t())
    expect((await figure(auth, 'rentals.properties', '2026-11-30')).value).toBeNull()
    expect((await figure(auth, 'rentals.registration-rate', '2026-11-30')).value).toBeNull()
  })
})
