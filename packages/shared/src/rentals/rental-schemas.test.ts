import { describe, expect, it } from 'vitest'
import { composeIdNumber } from '../validators/id-number.ts'
import { ZRentalContractCreate, ZRentalContractUpdate } from './rental-contract.ts'
import { ZRentalInspectionCreate } from './rental-inspection.ts'
import { ZPersonInput } from './rental-person.ts'
import { ZRentalPropertyCreate } from './rental-property.ts'
import { ZTemporaryResidentCreate } from './temporary-resident.ts'

const id = '0190f7a0-0000-7000-8000-000000000001'
const idNumber = composeIdNumber('420102', '1990-05-01', 12)
const codes = (r: {
  success: boolean
  error?: { issues: Array<{ path: PropertyKey[]; message: string; params?: unknown }> }
}) =>
  (r.error?.issues ?? []).map((i) => [
    i.path.join('.'),
    (i.params as { code?: string })?.code ?? i.message,
  ])

describe('a person named by a rental record', () => {
  it('is a registered person, or a new one with a name and an ID number', () => {
    expect(ZPersonInput.safeParse({ residentId: id }).success).toBe(true)
    expect(ZPersonInput.parse({ name: '王五', idNumber })).toMatchObject({ idNumber })
    expect(codes(ZPersonInput.safeParse({ name: '王五' }))).toEqual([
      ['idNumber', 'rental_person_required'],
    ])
  })

  it('is checked by the registry’s rules: the sex must agree with the ID number', () => {
    // The 17th digit of …12 + check is even: female (2).
    expect(codes(ZPersonInput.safeParse({ name: '王五', idNumber, sex: '1' }))).toEqual([
      ['sex', 'sex_mismatch'],
    ])
  })
})

describe('rental contracts', () => {
  const contract = {
    propertyId: id,
    signedOn: '2026-11-01',
    leaseStartsOn: '2026-11-01',
    leaseEndsOn: '2027-10-31',
    monthlyRent: '1800.50',
  }
  it('take the number from the scheme when none is given', () => {
    expect(ZRentalContractCreate.parse(contract)).toMatchObject({
      number: null,
      monthlyRent: '1800.50',
    })
  })

  it('refuse a lease that ends before it starts, at leaseEndsOn', () => {
    expect(
      codes(ZRentalContractCreate.safeParse({ ...contract, leaseEndsOn: '2026-10-31' })),
    ).toEqual([['leaseEndsOn', 'rental_lease_end_before_start']])
    expect(
      codes(
        ZRentalContractUpdate.safeParse({ leaseStartsOn: '2027-01-01', leaseEndsOn: '2026-01-01' }),
      ),
    ).toEqual([['leaseEndsOn', 'rental_lease_end_before_start']])
  })
})

describe('rental properties, inspections, temporary residents', () => {
  it('refuse a duty confirmed twice', () => {
    const r = ZRentalPropertyCreate.safeParse({
      dwellingId: id,
      landlord: { residentId: id },
      duties: ['valid_id', 'valid_id'],
    })
    expect(codes(r)).toEqual([['duties', 'rental_duties_duplicate']])
  })

  it('need two inspectors and a rectification deadline not before the visit', () => {
    const r = ZRentalInspectionCreate.safeParse({
      propertyId: id,
      inspectedOn: '2026-11-30',
      inspectors: ['张三', '张三'],
      rectificationDueOn: '2026-11-29',
    })
    expect(codes(r)).toEqual([
      ['inspectors', 'rental_inspectors_required'],
      ['rectificationDueOn', 'rental_rectification_deadline'],
    ])
    const late = ZRentalInspectionCreate.safeParse({
      propertyId: id,
      inspectedOn: '2026-11-30',
      inspectors: ['张三', '李四'],
      rectificationDueOn: '2026-11-29',
    })
    expect(codes(late)).toEqual([['rectificationDueOn', 'rental_rectification_deadline']])
  })

  it('need a place and a declaration not before moving in', () => {
    const base = { person: { residentId: id }, reason: 'work', movedInOn: '2026-11-30' }
    expect(codes(ZTemporaryResidentCreate.safeParse(base))).toEqual([
      ['propertyId', 'temporary_resident_place_required'],
    ])
    expect(
      codes(
        ZTemporaryResidentCreate.safeParse({ ...base, propertyId: id, declaredOn: '2026-11-29' }),
      ),
    ).toEqual([['declaredOn', 'temporary_resident_declared_before_move_in']])
  })
})
