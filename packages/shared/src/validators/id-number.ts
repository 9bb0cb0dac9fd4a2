import { normalizeIdNumber, toHalfWidth } from './half-width.ts'

/**
 * Resident ID numbers (公民身份号码, GB 11643-1999): 6-digit address code + 8-digit birth date +
 * 3-digit sequence (odd = male) + ISO 7064 MOD 11-2 check character. The same structure serves
 * the HK/Macau/Taiwan residence permits (address codes 810000/820000/830000) and the 2023
 * foreigners' permanent-residence card (first digit 9, then the issuing province and a 3-digit
 * country code). 15-digit numbers (GB 11643-1989) are upgraded: `19` is inserted before the year
 * and the check character computed.
 *
 * The earlier permanent-residence cards (2004, 2017), still valid beside the new one, carry 3
 * letters (the country, ISO 3166-1 alpha-3) and 12 digits: the issuing place (4, a province
 * first), the birth date as YYMMDD and a 2-digit sequence — e.g. `USA110085062001`. They say
 * nothing of sex, so `sex` is null and the person's sex is asked for; the century of the birth
 * date is the latest that is not in the future.
 */
export type TIdNumberError =
  | 'id_number_scientific'
  | 'id_number_length'
  | 'id_number_format'
  | 'id_number_region'
  | 'id_number_birth_date'
  | 'id_number_check_digit'

export type TIdNumberKind = 'resident' | 'hk_mo_tw_permit' | 'foreign_permanent'

export type TIdNumber = {
  /** The canonical 18-character form (upper-case X). */
  value: string
  kind: TIdNumberKind
  /** Null for the older permanent-residence cards, whose number does not say. */
  sex: 'male' | 'female' | null
  /** `YYYY-MM-DD`. */
  birthDate: string
  /** True when the input was a 15-digit legacy number. */
  upgraded: boolean
}

const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
const checkCharacters = '10X98765432'

/** The ISO 7064 MOD 11-2 check character of the first 17 digits. */
export const checkCharacter = (first17: string): string => {
  let sum = 0
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * weights[i]!
  return checkCharacters[sum % 11]!
}

export { normalizeIdNumber } from './half-width.ts'

/** The calendar day in China (UTC+8, no daylight saving) of an instant, `YYYY-MM-DD`. */
const chinaDay = (instant: Date): string =>
  new Date(instant.getTime() + 8 * 3_600_000).toISOString().slice(0, 10)

/**
 * A real calendar date from 1890 up to today — today in China: a child born this morning is
 * registered the same day, also between 00:00 and 08:00 when it is still yesterday in UTC.
 */
const isValidDate = (year: number, month: number, day: number, today: Date): boolean => {
  const date = new Date(Date.UTC(year, month - 1, day))
  if (
    date.getUTCFullYear() !== year ||
    date.getUTCMonth() !== month - 1 ||
    date.getUTCDate() !== day
  )
    return false
  return year >= 1890 && date.toISOString().slice(0, 10) <= chinaDay(today)
}

// Province-level codes of GB/T 2260: 11–15, 21–23, 31–37, 41–46, 50–54, 61–65, 71 (Taiwan).
const province = /^(1[1-5]|2[1-3]|3[1-7]|4[1-6]|5[0-4]|6[1-5]|71)$/

const kindOf = (value: string): TIdNumberKind | null => {
  // The 2023 permanent-residence card: 9, the province where it was issued, a 3-digit country
  // code, then birth date, sequence and check character as in a citizen's number.
  if (value.startsWith('9')) return province.test(value.slice(1, 3)) ? 'foreign_permanent' : null
  const region = value.slice(0, 6)
  if (region === '810000' || region === '820000' || region === '830000') return 'hk_mo_tw_permit'
  return province.test(region.slice(0, 2)) ? 'resident' : null
}

export type TIdNumberResult = { ok: true; id: TIdNumber } | { ok: false; error: TIdNumberError }

/** The 15-character permanent-residence number of the cards before 2023 (see above). */
const parseOldPermanentResidence = (value: string, today: Date): TIdNumberResult => {
  if (!province.test(value.slice(3, 5))) return { ok: false, error: 'id_number_region' }
  const yy = Number(value.slice(7, 9))
  const month = Number(value.slice(9, 11))
  const day = Number(value.slice(11, 13))
  const year = [2000 + yy, 1900 + yy].find((y) => isValidDate(y, month, day, today))
  if (year === undefined) return { ok: false, error: 'id_number_birth_date' }
  return {
    ok: true,
    id: {
      value,
      kind: 'foreign_permanent',
      sex: null,
      birthDate: `${year}-${value.slice(9, 11)}-${value.slice(11, 13)}`,
      upgraded: false,
    },
  }
}

/** Validates and normalises an ID number; `today` is a parameter so tests can fix the clock. */
export const parseIdNumber = (raw: string, today: Date = new Date()): TIdNumberResult => {
  const trimmed = raw.trim()
  // Excel shows an 18-digit number as 3.70521E+17: the last digits are gone and cannot be guessed.
  if (/^\d(\.\d+)?E\+?\d+$/i.test(toHalfWidth(trimmed).replace(/\s/g, '')))
    return { ok: false, error: 'id_number_scientific' }
  let value = normalizeIdNumber(trimmed)
  let upgraded = false
  // Only citizens had 15-digit numbers (GB 11643-1989); a foreigner's number never did, so one
  // starting with 9 is not upgraded into one (the upgrade would make it look valid).
  if (/^\d{15}$/.test(value)) {
    if (value.startsWith('9')) return { ok: false, error: 'id_number_region' }
    const first17 = `${value.slice(0, 6)}19${value.slice(6)}`
    value = first17 + checkCharacter(first17)
    upgraded = true
  }
  if (/^[A-Z]{3}\d{12}$/.test(value)) return parseOldPermanentResidence(value, today)
  if (value.length !== 18) return { ok: false, error: 'id_number_length' }
  if (!/^\d{17}[\dX]$/.test(value)) return { ok: false, error: 'id_number_format' }
  const kind = kindOf(value)
  if (!kind) return { ok: false, error: 'id_number_region' }
  const year = Number(value.slice(6, 10))
  const month = Number(value.slice(10, 12))
  const day = Number(value.slice(12, 14))
  if (!isValidDate(year, month, day, today)) return { ok: false, error: 'id_number_birth_date' }
  if (checkCharacter(value) !== value[17]) return { ok: false, error: 'id_number_check_digit' }
  return {
    ok: true,
    id: {
      value,
      kind,
      sex: Number(value[16]) % 2 === 1 ? 'male' : 'female',
      birthDate: `${value.slice(6, 10)}-${value.slice(10, 12)}-${value.slice(12, 14)}`,
      upgraded,
    },
  }
}

/** `370521********1234`: the region and the last four, as lists, pages and exports show it. */
export const maskIdNumber = (value: string): string =>
  value.length <= 10
    ? '*'.repeat(value.length)
    : `${value.slice(0, 6)}${'*'.repeat(value.length - 10)}${value.slice(-4)}`

/**
 * Builds a valid number from its parts — for demo data, tests and benchmarks, which need
 * realistic numbers that pass every check. `sequence` odd = male.
 */
export const composeIdNumber = (region: string, birthDate: string, sequence: number): string => {
  const first17 = `${region}${birthDate.replaceAll('-', '')}${String(sequence % 1000).padStart(3, '0')}`
  return first17 + checkCharacter(first17)
}
