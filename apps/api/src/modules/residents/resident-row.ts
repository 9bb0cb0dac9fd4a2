import type { Prisma } from '@cr/db/client'
import { maskIdNumber, parseIdNumber } from '@cr/shared/validators/id-number'
import { maskPhone } from '@cr/shared/validators/phone'
import type { TFieldCipher } from '../../lib/crypto/field-cipher.ts'
import { toDbDate } from '../../lib/dates.ts'
import { newId } from '../../lib/ids.ts'
import { nameBigrams } from './name-bigrams.ts'

/** The columns a resident row derives from the ID number (and the name's bigrams). */
type TIdentityColumn =
  | 'nameBigrams'
  | 'idNumberCipher'
  | 'idNumberHash'
  | 'idNumberMasked'
  | 'idNumberLast4'
  | 'idKind'
  | 'sex'
  | 'birthDate'

export type TResidentIdentity = Pick<Prisma.ResidentCreateManyInput, TIdentityColumn>

/** The columns a resident row keeps of a phone number. */
type TPhoneColumn = 'phoneCipher' | 'phoneHash' | 'phoneMasked' | 'phoneLast4'
export type TResidentRowInput = Omit<
  Prisma.ResidentCreateManyInput,
  'id' | TIdentityColumn | TPhoneColumn | 'phoneLegacy'
> & {
  id?: string
  idNumber: string
  /** Normalised (`normalizePhone`); null or absent: none. */
  phone?: string | null
  /** Sex and birth date as stated, for numbers that do not carry them (see `residentIdentity`). */
  stated?: TStatedIdentity
}

/** What a person states beside a number that does not say it (the older foreigners' cards). */
export type TStatedIdentity = { sex?: string | null; birthDate?: string | null }

/**
 * A phone as a resident row keeps it — like an ID number (PIPL: personal information; with a
 * name, an address and a subsidy it identifies and locates a person): encrypted, a blind index
 * of the normalised number for an exact search, masked, and the last four digits for the quick
 * search. Null in every column when there is none.
 */
export const residentPhone = (cipher: TFieldCipher, phone: string | null | undefined) =>
  ({
    phoneCipher: phone ? cipher.encrypt(phone) : null,
    phoneHash: phone ? cipher.blindIndex(phone) : null,
    phoneMasked: phone ? maskPhone(phone) : null,
    phoneLast4: phone ? phone.replace(/\D/g, '').slice(-4) : null,
  }) satisfies Pick<Prisma.ResidentCreateManyInput, TPhoneColumn>

/**
 * The derived columns of a resident: the ID number encrypted, its blind index, masked form and
 * last four; kind, sex and birth date read from it — or, for a number that does not carry the
 * sex (the older permanent-residence cards), as `stated` (the shared schema has required it and
 * settled the birth date's century); the name's bigrams for search. An invalid number throws. `notBornAfter` bounds the birth date: by default the real instant, as the shared
 * schema checks an ID number in the browser and the API (a plausibility bound, not a business
 * date); demo data passes its own clock.
 */
export const residentIdentity = (
  cipher: TFieldCipher,
  idNumber: string,
  name: string,
  notBornAfter: Date = new Date(),
  stated: TStatedIdentity = {},
): TResidentIdentity => {
  const parsed = parseIdNumber(idNumber, notBornAfter)
  if (!parsed.ok) throw new Error(`resident row: invalid ID number (${parsed.error})`)
  const { id } = parsed
  if (id.sex === null && !stated.sex) throw new Error('resident row: the sex is not stated')
  return {
    nameBigrams: nameBigrams(name),
    idNumberCipher: cipher.encrypt(id.value),
    idNumberHash: cipher.blindIndex(id.value),
    idNumberMasked: maskIdNumber(id.value),
    idNumberLast4: id.value.slice(-4),
    idKind: id.kind,
    sex: id.sex === null ? stated.sex! : id.sex === 'male' ? '1' : '2',
    birthDate: toDbDate(id.sex === null ? (stated.birthDate ?? id.birthDate) : id.birthDate),
  }
}

/**
 * A resident row as the registry stores it, from a plain ID number (see `residentIdentity`) and
 * phone (`residentPhone`). The one place they turn into a row (the API, tests, demo data).
 */
export const residentRowData = (
  cipher: TFieldCipher,
  { idNumber, phone, stated, ...fields }: TResidentRowInput,
  notBornAfter: Date = new Date(),
): Prisma.ResidentCreateManyInput => ({
  ...fields,
  id: fields.id ?? newId(),
  ...residentIdentity(cipher, idNumber, fields.name, notBornAfter, stated),
  ...residentPhone(cipher, phone),
})
