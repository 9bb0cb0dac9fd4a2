import { Readable } from 'node:stream'
import { pipeline } from 'node:stream'
import { parse } from 'csv-parse'
import iconv from 'iconv-lite'
import { type TSheetRow } from './cells.ts'
import {
  detectCsvEncoding,
  detectDelimiter,
  ENCODING_HEAD_BYTES,
  type TEncodingGuess,
} from './csv-encoding.ts'
import { ImportFileError } from './import-error.ts'
import { peekHead } from './source.ts'
import { MAX_COLUMNS } from './xlsx-reader.ts'

/** One record may not exceed this: an unbalanced quote must not swallow the file into one field. */
const MAX_RECORD_BYTES = 1024 * 1024

export type TCsvReader = {
  encoding: TEncodingGuess
  delimiter: string
  rows: AsyncGenerator<TSheetRow>
}

/** Decodes chunk by chunk; a character split across chunks is carried over by the decoder. */
async function* decode(bytes: Readable, guess: TEncodingGuess): AsyncGenerator<string> {
  if (guess.encoding === 'utf-8') {
    // Strict, so a GBK byte after an ASCII-only head is an error and not a replacement char.
    const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false })
    try {
      for await (const chunk of bytes) yield decoder.decode(chunk as Buffer, { stream: true })
      yield decoder.decode()
    } catch (error) {
      if (error instanceof TypeError)
        throw new ImportFileError('encoding_invalid', { encoding: 'utf-8' }, error)
      throw error
    }
    return
  }
  const decoder = iconv.getDecoder(guess.encoding, { stripBOM: true })
  for await (const chunk of bytes) {
    const text = decoder.write(chunk as Buffer)
    if (text) yield text
  }
  const rest = decoder.end()
  if (rest) yield rest
}

/**
 * Opens a CSV: sniffs the encoding and the separator from the first 64 KB, then streams the
 * records through csv-parse. Every record is one sheet row, blank lines included, so row numbers
 * match what Excel shows when it opens the same file.
 */
export const openCsv = async (input: Readable): Promise<TCsvReader> => {
  const { head, complete, replay } = await peekHead(input, ENCODING_HEAD_BYTES)
  const encoding = detectCsvEncoding(head, complete)
  const headText =
    encoding.encoding === 'utf-8'
      ? new TextDecoder('utf-8').decode(head.subarray(0, 8192))
      : iconv.decode(head.subarray(0, 8192), encoding.encoding)
  const delimiter = detectDelimiter(headText)

  async function* rows(): AsyncGenerator<TSheetRow> {
    const parser = parse({
      delimiter,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: false,
      max_record_size: MAX_RECORD_BYTES,
      bom: true,
    })
    // pipeline: an error on either side destroys both; a consumer that stops early destroys the
    // parser, which closes the source.
    pipeline(Readable.from(decode(replay, encoding)), parser, () => {})
    let rowNumber = 0
    try {
      for await (const record of parser as AsyncIterable<string[]>) {
        rowNumber += 1
        yield {
          rowNumber,
          cells: record.length > MAX_COLUMNS ? record.slice(0, MAX_COLUMNS) : record,
        }
      }
    } catch (error) {
      if (error instanceof ImportFileError) throw error
      throw new ImportFileError('csv_malformed', { afterRow: rowNumber }, error)
    } finally {
      parser.destroy()
    }
  }
  return { encoding, delimiter, rows: rows() }
}
