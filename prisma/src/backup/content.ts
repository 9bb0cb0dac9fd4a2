// The content inside the encryption (and the gzip): per table a line `#table {json}`, its rows
// as COPY text, a line `\.` (which COPY text never produces: a backslash in data is doubled);
// at the end a line `#end {json}` with every table's row count and checksum and the sequences.
import type { TSequence, TTable } from './tables.ts'

export const END_OF_ROWS = '\\.'

export interface TTrailer {
  tables: Record<string, { rows: number; checksum: string }>
  sequences: TSequence[]
}

export const tableLine = (table: TTable) => `#table ${JSON.stringify(table)}\n`
export const trailerLine = (trailer: TTrailer) => `#end ${JSON.stringify(trailer)}\n`

export type TDirective = { kind: 'table'; table: TTable } | { kind: 'end'; trailer: TTrailer }

/** Parses a line between tables; null when the line is none of ours. */
export function parseDirective(line: string): TDirective | null {
  try {
    if (line.startsWith('#table '))
      return { kind: 'table', table: JSON.parse(line.slice(7)) as TTable }
    if (line.startsWith('#end '))
      return { kind: 'end', trailer: JSON.parse(line.slice(5)) as TTrailer }
  } catch {
    // fall through: not ours
  }
  return null
}
