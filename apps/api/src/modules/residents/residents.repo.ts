import { fromDbDate } from '../../lib/dates.ts'
import type { TResident } from '@cr/shared/residents/resident'
import type { TPopulationCategory, TResidentTag } from '@cr/shared/residents/resident-codes'
import { maskPhone } from '@cr/shared/validators/phone'
import type { TTransaction } from '../../lib/db-types.ts'

/** What a resident's DTO needs: the committee and the current household membership. */
export const residentInclude = {
  committee: { select: { id: true, name: true } },
  memberships: {
    where: { leftOn: null },
    take: 1,
    select: {
      relationship: true,
      household: {
        select: { id: true, headResidentId: true, dwelling: { select: { address: true } } },
      },
    },
  },
} as const

/** Columns a DTO never shows: not fetched (they are the widest, and secret). */
export const residentOmit = { idNumberCipher: true, idNumberHash: true, nameBigrams: true } as const

type TRow = Omit<
  Awaited<ReturnType<TTransaction['resident']['findFirstOrThrow']>>,
  keyof typeof residentOmit
> & {
  committee: { id: string; name: string }
  memberships: Array<{
    relationship: string
    household: { id: string; headResidentId: string; dwelling: { address: string } }
  }>
}

/** Whole years between a birth date and today in China Standard Time. */
export const ageOn = (birthDate: Date, now = new Date()) => {
  const today = new Date(now.getTime() + 8 * 3_600_000)
  let age = today.getUTCFullYear() - birthDate.getUTCFullYear()
  const beforeBirthday =
    today.getUTCMonth() < birthDate.getUTCMonth() ||
    (today.getUTCMonth() === birthDate.getUTCMonth() && today.getUTCDate() < birthDate.getUTCDate())
  if (beforeBirthday) age--
  return Math.max(0, age)
}

/** Response shape: identifiers masked; the ciphertext and blind index never leave. */
export const toResidentDto = (row: TRow): TResident => {
  const membership = row.memberships[0]
  return {
    id: row.id,
    version: row.version,
    committee: row.committee,
    name: row.name,
    idNumberMasked: row.idNumberMasked,
    idKind: row.idKind as TResident['idKind'],
    sex: row.sex as TResident['sex'],
    birthDate: fromDbDate(row.birthDate),
    age: ageOn(row.birthDate),
    ethnicity: row.ethnicity,
    education: row.education,
    politicalStatus: row.politicalStatus,
    maritalStatus: row.maritalStatus,
    employmentStatus: row.employmentStatus,
    phoneMasked: row.phone ? maskPhone(row.phone) : null,
    category: row.category as TPopulationCategory,
    tags: row.tags as TResidentTag[],
    notes: row.notes,
    household: membership
      ? {
          id: membership.household.id,
          relationship: membership.relationship,
          isHead: membership.household.headResidentId === row.id,
          address: membership.household.dwelling.address,
        }
      : null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  }
}
