import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { checkCharacter, maskIdNumber, normalizeIdNumber, parseIdNumber } from './id-number.ts'

const today = new Date('2026-11-27T00:00:00Z')

/** Valid 18-character numbers: a real province prefix, a real date, any sequence. */
const validIdNumber = fc
  .record({
    region: fc.constantFrom('110105', '370521', '440308', '650102', '810000', '820000', '830000'),
    birth: fc.date({
      min: new Date('1900-01-01T00:00:00Z'),
      max: new Date('2026-11-26T00:00:00Z'),
      noInvalidDate: true,
    }),
    sequence: fc.integer({ min: 0, max: 999 }),
  })
  .map(({ region, birth, sequence }) => {
    const first17 = `${region}${birth.toISOString().slice(0, 10).replaceAll('-', '')}${String(sequence).padStart(3, '0')}`
    return {
      value: first17 + checkCharacter(first17),
      birth: birth.toISOString().slice(0, 10),
      sequence,
    }
  })

describe('ID numbers (GB 11643)', () => {
  it('accepts the standard’s example and derives sex and birth date', () => {
    expect(parseIdNumber('11010519491231002X', today)).toEqual({
      ok: true,
      id: {
        value: '11010519491231002X',
        kind: 'resident',
        sex: 'female',
        birthDate: '1949-12-31',
        upgraded: false,
      },
    })
  })

  it('accepts every well-formed number, with the sex of the sequence’s parity', () => {
    fc.assert(
      fc.property(validIdNumber, ({ value, birth, sequence }) => {
        const result = parseIdNumber(value, today)
        expect(result.ok).toBe(true)
        if (!result.ok) return
        expect(result.id.birthDate).toBe(birth)
        expect(result.id.sex).toBe(sequence % 2 === 1 ? 'male' : 'female')
      }),
    )
  })

  it('refuses any single changed character (MOD 11-2 catches every one)', () => {
    fc.assert(
      fc.property(
        validIdNumber,
        fc.integer({ min: 0, max: 17 }),
        fc.integer({ min: 1, max: 9 }),
        ({ value }, position, delta) => {
          const character = value[position]!
          const changed =
            character === 'X' ? String(delta) : String((Number(character) + delta) % 10)
          const mutated = value.slice(0, position) + changed + value.slice(position + 1)
          const result = parseIdNumber(mutated, today)
          expect(result.ok).toBe(false)
          // Where region and date stay plausible, it is the check character that refuses it.
          if (position >= 14) expect(result).toEqual({ ok: false, error: 'id_number_check_digit' })
        },
      ),
    )
  })

  it('normalises full-width digits, spaces and a lower-case x', () => {
    fc.assert(
      fc.property(validIdNumber, ({ value }) => {
        const messy = ` ${[...value].map((c) => (c === 'X' ? 'x' : String.fromCharCode(c.charCodeAt(0) + 0xfee0))).join('')} `
        expect(normalizeIdNumber(messy)).toBe(value)
        const result = parseIdNumber(messy, today)
        expect(result.ok && result.id.value).toBe(value)
      }),
    )
  })

  it('upgrades 15-digit legacy numbers', () => {
    const result = parseIdNumber('110105491231002', today)
    expect(result).toEqual({
      ok: true,
      id: {
        value: '11010519491231002X',
        kind: 'resident',
        sex: 'female',
        birthDate: '1949-12-31',
        upgraded: true,
      },
    })
  })

  it('accepts residence permits and the foreigners’ permanent-residence number', () => {
    const permit = '810000199408230002'.slice(0, 17)
    expect(parseIdNumber(permit + checkCharacter(permit), today)).toMatchObject({
      ok: true,
      id: { kind: 'hk_mo_tw_permit' },
    })
    const foreign = '93115619900101001'
    expect(parseIdNumber(foreign + checkCharacter(foreign), today)).toMatchObject({
      ok: true,
      id: { kind: 'foreign_permanent' },
    })
  })

  it.each([
    ['3.70521E+17', 'id_number_scientific'],
    ['3.70521198E+17', 'id_number_scientific'],
    ['37052119800101', 'id_number_length'],
    ['37052119800101123A', 'id_number_format'],
    ['00052119800101123X', 'id_number_region'],
    ['370521198002301234', 'id_number_birth_date'],
    ['370521203001011234', 'id_number_birth_date'],
  ])('refuses %s with %s', (raw, error) => {
    expect(parseIdNumber(raw, today)).toEqual({ ok: false, error })
  })

  it('refuses a 15-digit number starting with 9 instead of upgrading it into a foreigner’s', () => {
    // Upgraded, 931156900101001 would become a well-formed 18-digit 9… number.
    expect(parseIdNumber('931156900101001', today)).toEqual({
      ok: false,
      error: 'id_number_region',
    })
  })

  it.each(['900', '990', '972'])(
    'refuses a permanent-residence number whose province after the 9 is %s',
    (prefix) => {
      const first17 = `${prefix}15619900101001`
      expect(parseIdNumber(first17 + checkCharacter(first17), today)).toEqual({
        ok: false,
        error: 'id_number_region',
      })
    },
  )

  it('accepts a child born today in China, also before 08:00 when UTC is still on yesterday', () => {
    const first17 = '37052120261127001'
    const bornToday = first17 + checkCharacter(first17)
    // 2026-11-27 02:30 in China is 2026-11-26 18:30 UTC.
    expect(parseIdNumber(bornToday, new Date('2026-11-26T18:30:00Z')).ok).toBe(true)
    // …but not the evening before (2026-11-26 23:59 in China).
    expect(parseIdNumber(bornToday, new Date('2026-11-26T15:59:00Z'))).toEqual({
      ok: false,
      error: 'id_number_birth_date',
    })
  })

  it('accepts the older permanent-residence number (3 letters, 12 digits), which says no sex', () => {
    expect(parseIdNumber(' usa 1100 850620 01 ', today)).toEqual({
      ok: true,
      id: {
        value: 'USA110085062001',
        kind: 'foreign_permanent',
        sex: null,
        birthDate: '1985-06-20',
        upgraded: false,
      },
    })
    // The century is the latest not in the future.
    expect(parseIdNumber('GBR440310062001', today)).toMatchObject({
      id: { birthDate: '2010-06-20' },
    })
    expect(parseIdNumber('GBR440330062001', today)).toMatchObject({
      id: { birthDate: '1930-06-20' },
    })
  })

  it.each([
    ['USA990085062001', 'id_number_region'],
    ['USA110085023001', 'id_number_birth_date'],
    ['USA11008506200', 'id_number_length'],
  ])('refuses the older permanent-residence number %s with %s', (raw, error) => {
    expect(parseIdNumber(raw, today)).toEqual({ ok: false, error })
  })

  it('masks all but the region and the last four', () => {
    expect(maskIdNumber('370521198001011234')).toBe('370521********1234')
    expect(maskIdNumber('USA110085062001')).toBe('USA110*****2001')
  })
})
