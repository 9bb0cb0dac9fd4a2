import type { TResident } from '@cr/shared/residents/resident'
import type { TResidentStatus } from '@cr/shared/residents/life-event'
import type { TPopulationCategory, TResidentTag } from '@cr/shared/residents/resident-codes'
import { toDbDate } from '../../lib/dates.ts'

/**
 * A row of the residents read model (residents.read.ts): the resident's shown columns, its
 * committee's name and its current household. Dates and timestamps arrive as text formatted in
 * SQL, so the raw pool and a Prisma transaction ($queryRawUnsafe) give the same row.
 */
export type TResidentRow = {
  id: string
  version: number
  committee_id: string
  committee_name: string
  name: string
  id_number_masked: string
  id_kind: string
  sex: string
  /** YYYY-MM-DD */
  birth_date: string
  ethnicity: string | null
  education: string | null
  political_status: string | null
  marital_status: string | null
  employment_status: string | null
  phone_masked: string | null
  category: string
  status: string
  tags: string[]
  notes: string | null
  /** ISO 8601 in UTC with milliseconds, as Date#toISOString writes it. */
  created_at: string
  updated_at: string
  relationship: string | null
  household_id: string | null
  head_resident_id: string | null
  address: string | null
}

/** Whole years between a birth date and `today` (a CST calendar day, `YYYY-MM-DD`). */
export const ageOn = (birthDate: Date, today: string) => {
  const on = toDbDate(today)
  let age = on.getUTCFullYear() - birthDate.getUTCFullYear()
  const beforeBirthday =
    on.getUTCMonth() < birthDate.getUTCMonth() ||
    (on.getUTCMonth() === birthDate.getUTCMonth() && on.getUTCDate() < birthDate.getUTCDate())
  if (beforeBirthday) age--
  return Math.max(0, age)
}

/**
 * The latest birth date of someone `years` old or more on `today`, by `ageOn`'s rule (a year
 * is had on the birthday): the same day `years` years back, the 28th for 29 February in a
 * year without it. `ageOn(b, today) >= years` exactly when `b <= bornBy(today, years)`.
 */
export const bornBy = (today: string, years: number): string => {
  const [year, month, day] = today.split('-').map(Number) as [number, number, number]
  const back = year - years
  const lastDay = new Date(Date.UTC(back, month, 0)).getUTCDate()
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${String(back).padStart(4, '0')}-${pad(month)}-${pad(Math.min(day, lastDay))}`
}

/** Response shape: identifiers masked; the ciphertext and blind index are never selected. */
export const toResidentDto = (row: TResidentRow, today: string): TResident => ({
  id: row.id,
  version: row.version,
  committee: { id: row.committee_id, name: row.committee_name },
  name: row.name,
  idNumberMasked: row.id_number_masked,
  idKind: row.id_kind as TResident['idKind'],
  sex: row.sex as TResident['sex'],
  birthDate: row.birth_date,
  age: ageOn(toDbDate(row.birth_date), today),
  ethnicity: row.ethnicity,
  education: row.education,
  politicalStatus: row.political_status,
  maritalStatus: row.marital_status,
  employmentStatus: row.employment_status,
  phoneMasked: row.phone_masked,
  category: row.category as TPopulationCategory,
  status: row.status as TResidentStatus,
  tags: row.tags as TResidentTag[],
  notes: row.notes,
  household: row.household_id
    ? {
        id: row.household_id,
        relationship: row.relationship!,
        isHead: row.head_resident_id === row.id,
        address: row.address!,
      }
    : null,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
})
