/**
 * Values as fields of PostgreSQL's COPY text format: tab-separated, `\N` for NULL, backslash
 * escapes, bytea as `\x<hex>`, arrays as `{…}` literals. Used where rows go in by COPY (the
 * importer's staging tables, the benchmark's generated registry).
 * @see https://www.postgresql.org/docs/current/sql-copy.html#SQL-COPY-FILE-FORMATS
 */
export type TCopyKind = 'text' | 'date' | 'timestamp' | 'bytea' | 'text[]' | 'int' | 'bool'

// Backslash, tab, newline and carriage return are escaped in every field.
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

/** One field. Dates are `Date` (UTC midnight) or `YYYY-MM-DD` text. */
export const copyValue = (value: unknown, kind: TCopyKind): string => {
  if (value === null || value === undefined) return '\\N'
  switch (kind) {
    case 'date':
      return value instanceof Date ? value.toISOString().slice(0, 10) : escapeCopy(String(value))
    case 'timestamp':
      return (value as Date).toISOString()
    case 'bytea':
      // `\x…` is bytea's hex input; its backslash is escaped for COPY.
      return `\\\\x${Buffer.from(value as Uint8Array).toString('hex')}`
    case 'text[]':
      return escapeCopy(`{${(value as string[]).map(arrayElement).join(',')}}`)
    case 'int':
      return String(value)
    case 'bool':
      return value ? 't' : 'f'
    default:
      return escapeCopy(String(value))
  }
}

/** One COPY line from values and their kinds, in column order (no per-field pairs allocated). */
export const copyRow = (values: readonly unknown[], kinds: readonly TCopyKind[]): string => {
  let line = ''
  for (let i = 0; i < values.length; i++) line += (i ? '\t' : '') + copyValue(values[i], kinds[i]!)
  return `${line}\n`
}
