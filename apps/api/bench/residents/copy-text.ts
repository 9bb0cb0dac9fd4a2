// Resident rows (what src/modules/residents/resident-row.ts builds for Prisma) as lines of
// PostgreSQL's COPY text format: tab-separated, `\N` for NULL, backslash escapes, bytea as
// `\x<hex>`, arrays as `{…}` literals. The column map is typed against Prisma's input type, so
// a field added to the model without a column here fails to compile instead of going missing.
import type { Prisma } from '@cr/db/client'

type TRow = Prisma.ResidentCreateManyInput
type TKind = 'text' | 'date' | 'timestamp' | 'bytea' | 'text[]' | 'int'

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
  phone: ['phone', 'text'],
  category: ['category', 'text'],
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

// COPY text format: backslash, tab, newline and carriage return are escaped in every field.
const escapeCopy = (value: string) =>
  /[\\\t\n\r]/.test(value)
    ? value
        .replaceAll('\\', '\\\\')
        .replaceAll('\t', '\\t')
        .replaceAll('\n', '\\n')
        .replaceAll('\r', '\\r')
    : value

// An element of an array literal is quoted when it could be read as syntax or as NULL.
const arrayElement = (value: string) =>
  value === '' || /[{}",\\\s]/.test(value) || value.toUpperCase() === 'NULL'
    ? `"${value.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`
    : value

const encode = (value: unknown, kind: TKind): string => {
  if (value === null || value === undefined) return '\\N'
  switch (kind) {
    case 'date':
      return (value as Date).toISOString().slice(0, 10)
    case 'timestamp':
      return (value as Date).toISOString()
    case 'bytea':
      // `\x…` is bytea's hex input; its backslash is escaped for COPY.
      return `\\\\x${Buffer.from(value as Uint8Array).toString('hex')}`
    case 'text[]':
      return escapeCopy(`{${(value as string[]).map(arrayElement).join(',')}}`)
    case 'int':
      return String(value)
    default:
      return escapeCopy(String(value))
  }
}

/** One row as a COPY text line, newline included; defaults as the table's (version 1). */
export const residentCopyLine = (row: TRow): string => {
  const values = fields.map(([key, [, kind]]) =>
    encode(key === 'version' ? (row.version ?? 1) : row[key], kind),
  )
  return `${values.join('\t')}\n`
}
