import { describe, expect, it } from 'vitest'
import { ZDeskForm, emptyDeskValues } from './desk-values'
import { ZRegistrationForm } from './registration-values'

const person = {
  residentId: 'a3bb189e-8bf9-3888-9912-ace4e6543002',
  idNumber: '',
  name: '',
  phone: '',
}

describe('where a person lives, as the desk form sends it', () => {
  const base = {
    ...emptyDeskValues('2026-11-30'),
    person,
    movedInOn: '2026-11-27',
    reason: 'family' as const,
  }

  it('sends a rented dwelling as the property only', () => {
    const parsed = ZDeskForm.parse({ ...base, propertyId: 'b3bb189e-8bf9-3888-9912-ace4e6543002' })
    expect(parsed).toMatchObject({ lodging: 'rented', dwellingId: null })
    expect(parsed.propertyId).toBe('b3bb189e-8bf9-3888-9912-ace4e6543002')
  })

  it('sends a household they stay with, or a dormitory, as a dwelling with no property', () => {
    for (const lodging of ['with_household', 'dormitory'] as const) {
      const parsed = ZDeskForm.parse({
        ...base,
        lodging,
        propertyId: 'b3bb189e-8bf9-3888-9912-ace4e6543002',
        buildingId: 'c3bb189e-8bf9-3888-9912-ace4e6543002',
        dwellingId: 'd3bb189e-8bf9-3888-9912-ace4e6543002',
      })
      expect(parsed).toMatchObject({ lodging, propertyId: null })
      expect(parsed.dwellingId).toBe('d3bb189e-8bf9-3888-9912-ace4e6543002')
      expect('buildingId' in parsed).toBe(false)
    }
  })

  it('asks for the place when none is picked', () => {
    const parsed = ZDeskForm.safeParse({ ...base, lodging: 'dormitory' })
    expect(parsed.success).toBe(false)
    expect(parsed.error?.issues.map((i) => i.path.join('.'))).toContain('propertyId')
  })
})

describe('编辑登记', () => {
  it('clears blank text and dates, and keeps the 居住证', () => {
    const parsed = ZRegistrationForm.parse({
      householdRegion: ' ',
      reason: 'work',
      employer: '兴华电子厂',
      movedInOn: '2026-11-16',
      permitNumber: ' 370200202600123456 ',
      permitIssuedOn: '2025-12-10',
      permitLastEndorsedOn: null,
      notes: '',
    })
    expect(parsed).toMatchObject({
      householdRegion: null,
      employer: '兴华电子厂',
      permitNumber: '370200202600123456',
      permitIssuedOn: '2025-12-10',
      permitLastEndorsedOn: null,
      notes: null,
    })
  })
})
