import type { Prisma } from '@cr/db/client'
import { maskIdNumber, parseIdNumber } from '@cr/shared/validators/id-number'
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

export type TResidentRowInput = Omit<Prisma.ResidentCreateManyInput, 'id' | TIdentityColumn> & {
  id?: string
  idNumber: string
}

/**
 * The derived columns of a resident: the ID number encrypted, its blind index, masked form and
 * last four; kind, sex and birth date read from it; the name's bigrams for search. An invalid
 * number throws. `today` bounds the birth date (a demo's fixed clock).
 */
export const residentIdentity = (
  cipher: TFieldCipher,
  idNumber: string,
  name: string,
  today: Date = new Date(),
): TResidentIdentity => {
  const parsed = parseIdNumber(idNumber, today)
  if (!parsed.ok) throw new Error(`resident row: invalid ID number (${parsed.error})`)
  const { id } = parsed
  return {
    nameBigrams: nameBigrams(name),
    idNumberCipher: cipher.encrypt(id.value),
    idNumberHash: cipher.blindIndex(id.value),
    idNumberMasked: maskIdNumber(id.value),
    idNumberLast4: id.value.slice(-4),
    idKind: id.kind,
    sex: id.sex === 'male' ? '1' : '2',
    birthDate: toDbDate(id.birthDate),
  }
}

/**
 * A resident row as the registry stores it, from a plain ID number (see `residentIdentity`).
 * The one place an ID number turns into a row (the API, tests, demo data, the importer).
 */
export const residentRowData = (
  cipher: TFieldCipher,
  { idNumber, ...fields }: TResidentRowInput,
  today: Date = new Date(),
): Prisma.ResidentCreateManyInput => ({
  ...fields,
  id: fields.id ?? newId(),
  ...residentIdentity(cipher, idNumber, fields.name, today),
})
