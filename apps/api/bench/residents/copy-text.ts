// Resident rows (what src/modules/residents/resident-row.ts builds for Prisma) as lines of
// PostgreSQL's COPY text format, encoded by the importer's own src/lib/copy-text.ts. The column
// map is typed against Prisma's input type, so a field added to the model without a column here
// fails to compile instead of going missing.
import type { Prisma } from '@cr/db/client'
import { copyRow, type TCopyKind } from '../../src/lib/copy-text.ts'

type TRow = Prisma.ResidentCreateManyInput
type TKind = TCopyKind

const columns: { [K in keyof Required<TRow>]: [column: string, kind: TKind] } = {
  id: ['id', 'text'],
  committeeId: ['committee_id', 'text'],
  name: ['name', 'text'],
  nameBigrams: ['name_bigrams', 'text[]'],
  idNumberCipher: ['id_number_cipher', 'bytea'],
  idNumberHash: ['id_number_hash', 'text'],
  idNumberMasked: ['id_number_masked', 'text'],
  idNumberLast4: ['id_number_last4', 'text'],
  idKind: ['id_kind', 'text'],
  sex: ['sex', 'text'],
  birthDate: ['birth_date', 'date'],
  ethnicity: ['ethnicity', 'text'],
  education: ['education', 'text'],
  politicalStatus: ['political_status', 'text'],
  maritalStatus: ['marital_status', 'text'],
  employmentStatus: ['employment_status', 'text'],
  phoneCipher: ['phone_cipher', 'bytea'],
  phoneHash: ['phone_hash', 'text'],
  phoneMasked: ['phone_masked', 'text'],
  phoneLast4: ['phone_last4', 'text'],
  phoneLegacy: ['phone_legacy', 'text'],
  category: ['category', 'text'],
  status: ['status', 'text'],
  residence: ['residence', 'text'],
  tags: ['tags', 'text[]'],
  notes: ['notes', 'text'],
  version: ['version', 'int'],
  createdAt: ['created_at', 'timestamp'],
  updatedAt: ['updated_at', 'timestamp'],
  deletedAt: ['deleted_at', 'timestamp'],
  deletedById: ['deleted_by_id', 'text'],
}

const fields = Object.entries(columns) as [keyof TRow, [string, TKind]][]

/** `COPY resident (…) FROM STDIN`: the statement the lines below are for. */
export const residentCopySql = `COPY resident (${fields.map(([, [c]]) => `"${c}"`).join(', ')}) FROM STDIN`

/** One row as a COPY text line, newline included; defaults as the table's (version 1, active, here). */
const kinds = fields.map(([, [, kind]]) => kind)

export const residentCopyLine = (row: TRow): string =>
  copyRow(
    fields.map(([key]) =>
      key === 'version'
        ? (row.version ?? 1)
        : key === 'status'
          ? (row.status ?? 'active')
          : key === 'residence'
            ? (row.residence ?? 'here')
            : row[key],
    ),
    kinds,
  )
