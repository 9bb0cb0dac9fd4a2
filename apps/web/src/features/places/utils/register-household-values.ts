import { headRelationship, ZHouseholdRegister } from '@cr/shared/households/household'
import { z } from 'zod'
import { ZOptionalFormDate } from '@/lib/form-date'

/** One row of the member table: a registered resident picked by search, or a new person typed in. */
export type TRegisterRow = {
  kind: 'resident' | 'new'
  residentId: string | undefined
  name: string
  idNumber: string
  phone: string
  relationship: string | null
}

/** What the 登记住户 dialog holds while it is filled in. */
export type TRegisterValues = { members: TRegisterRow[]; movedInOn: string | null }

export const emptyRow = (kind: TRegisterRow['kind'], relationship: string | null = null) => ({
  kind,
  residentId: undefined,
  name: '',
  idNumber: '',
  phone: '',
  relationship,
})

/** The dialog opens with one row, the head's: a resident to find, relationship 户主. */
export const emptyRegisterValues = (): TRegisterValues => ({
  members: [emptyRow('resident', headRelationship)],
  movedInOn: null,
})

/** A row as the contract takes it: only the fields of its kind. */
const rowToMember = (row: TRegisterRow) =>
  row.kind === 'resident'
    ? { kind: row.kind, residentId: row.residentId, relationship: row.relationship }
    : {
        kind: row.kind,
        name: row.name,
        idNumber: row.idNumber,
        phone: row.phone,
        relationship: row.relationship,
      }

/**
 * The contract's members (with its rules: one head, no one twice, each row's fields) read from
 * the rows; a blank date means today (the server's default).
 */
export const ZRegisterForm = z.object({
  members: z.preprocess(
    (rows) => (Array.isArray(rows) ? (rows as TRegisterRow[]).map(rowToMember) : rows),
    ZHouseholdRegister.shape.members,
  ),
  movedInOn: ZOptionalFormDate,
})

/** Field paths a problem may name, for the current rows. */
export const registerFieldNames = (rows: readonly TRegisterRow[]): string[] => [
  'members',
  'movedInOn',
  ...rows.flatMap((row, i) =>
    (row.kind === 'resident'
      ? ['residentId', 'relationship']
      : ['name', 'idNumber', 'phone', 'relationship']
    ).map((field) => `members.${i}.${field}`),
  ),
]
