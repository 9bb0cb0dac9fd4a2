import { type Readable } from 'node:stream'
import { type TSheetRow } from './cells.ts'
import { ImportFileError } from './import-error.ts'
import { readSharedStrings } from './xlsx/shared-strings.ts'
import { sheetRows } from './xlsx/sheet-rows.ts'
import { readDateStyles } from './xlsx/styles.ts'
import { readWorkbook } from './xlsx/workbook.ts'
import { openXlsxZip, type TXlsxZip } from './xlsx/zip.ts'

export { MAX_COLUMNS } from './xlsx/sheet-rows.ts'

export type TXlsxOptions = {
  /** 1-based position among the visible sheets, or a sheet name. Default: the first visible. */
  sheet?: number | string
  /** Called as the sheet is read with the bytes of the file it has got through (estimated). */
  onBytesRead?: (bytes: number) => void
}

/** An .xlsx needs random access (see xlsx/zip.ts): a path, or the file's bytes. */
export type TXlsxSource = string | Buffer

const collect = async (stream: Readable): Promise<Buffer> => {
  const chunks: Buffer[] = []
  for await (const chunk of stream) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks)
}

/**
 * Streams the rows of one worksheet. Not exceljs's streaming reader: it keeps every row and cell
 * object it builds, and when the sheet comes before the shared strings in the zip (as Excel
 * writes it) it holds the sheet too — 500 MB for a 100,000-row ledger. Here the zip is read
 * with random access (yauzl), the shared strings and date styles first, then the sheet's XML
 * streams through saxes and only the current row is built. Merged cells need no handling:
 * only their top-left cell has a value, the rest read as empty.
 */
export async function* readXlsxRows(
  input: TXlsxSource | Readable,
  options: TXlsxOptions = {},
): AsyncGenerator<TSheetRow> {
  let zip: TXlsxZip | undefined
  try {
    const source =
      typeof input === 'string' || Buffer.isBuffer(input) ? input : await collect(input)
    const fileBytes = typeof source === 'string' ? null : source.length
    zip = await openXlsxZip(source)
    const workbook = await readWorkbook(zip)
    const visible = workbook?.sheets.filter((s) => !s.hidden) ?? []
    const sheet =
      options.sheet === undefined
        ? visible[0]
        : typeof options.sheet === 'number'
          ? visible[options.sheet - 1]
          : visible.find((s) => s.name === options.sheet)
    const opened = sheet && (await zip.stream(sheet.part))
    if (!workbook || !opened)
      throw new ImportFileError('sheet_not_found', { sheet: options.sheet ?? 1 })
    const context = {
      sharedStrings: workbook.sharedStringsPart
        ? await readSharedStrings(zip, workbook.sharedStringsPart)
        : [],
      dateStyles: readDateStyles(workbook.stylesPart ? await zip.text(workbook.stylesPart) : null),
      date1904: workbook.date1904,
    }
    const report = options.onBytesRead
    // The sheet's share of its uncompressed size, as a share of the file: the sheet is most of it.
    async function* counted(): AsyncGenerator<Uint8Array> {
      let read = 0
      for await (const chunk of opened!.stream as AsyncIterable<Buffer>) {
        read += chunk.length
        if (report && fileBytes !== null)
          report(Math.min(fileBytes, Math.round((read / Math.max(1, opened!.bytes)) * fileBytes)))
        yield chunk
      }
    }
    yield* sheetRows(counted(), context)
  } catch (error) {
    if (error instanceof ImportFileError) throw error
    throw new ImportFileError('file_unreadable', {}, error)
  } finally {
    zip?.close()
    if (typeof input !== 'string' && !Buffer.isBuffer(input)) input.destroy()
  }
}
