import { type TSheetRow } from './cells.ts'
import { openCsv } from './csv-reader.ts'
import { type TEncodingGuess } from './csv-encoding.ts'
import { ImportFileError } from './import-error.ts'
import {
  openSource,
  peekHead,
  sniffFormat,
  type TImportSource,
  type TSheetFormat,
} from './source.ts'
import { readXlsxRows, type TXlsxOptions } from './xlsx-reader.ts'

export type TSheet = {
  format: TSheetFormat
  /** CSV only: the encoding found and whether a BOM was there. */
  encoding: TEncodingGuess | null
  rows: AsyncGenerator<TSheetRow>
}

export type TOpenSheetOptions = TXlsxOptions

/** Opens a ledger of either format, told apart by its first bytes. */
export const openSheet = async (
  source: TImportSource,
  options: TOpenSheetOptions = {},
): Promise<TSheet> => {
  const { head, replay } = await peekHead(openSource(source, options.onBytesRead), 8)
  const format = sniffFormat(head)
  if (format === 'xls') {
    replay.destroy()
    throw new ImportFileError('file_format_unsupported', { format: 'xls' })
  }
  if (format === 'xlsx') {
    // A path or bytes are opened for random access as they are; a stream is gathered.
    const direct = typeof source === 'string' || Buffer.isBuffer(source)
    if (direct) replay.destroy()
    return { format, encoding: null, rows: readXlsxRows(direct ? source : replay, options) }
  }
  const csv = await openCsv(replay)
  return { format, encoding: csv.encoding, rows: csv.rows }
}
