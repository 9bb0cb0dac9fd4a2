import { createReadStream } from 'node:fs'
import { Readable } from 'node:stream'

/**
 * Where a ledger comes from: a file path (a CLI argument, a test's fixture), the bytes of a
 * stored upload, or a byte stream. A CSV is read as a stream from any of them; an .xlsx needs
 * random access, so a stream is gathered first (uploads are capped in size).
 */
export type TImportSource = string | Buffer | Readable

const SLICE = 64 * 1024

/** The source as a stream; for bytes, `onBytesRead` hears how far the reader has got. */
export const openSource = (
  source: TImportSource,
  onBytesRead?: (bytes: number) => void,
): Readable => {
  if (typeof source === 'string') return createReadStream(source, { highWaterMark: SLICE })
  if (!Buffer.isBuffer(source)) return source
  const bytes = source
  async function* slices() {
    for (let at = 0; at < bytes.length; at += SLICE) {
      const slice = bytes.subarray(at, at + SLICE)
      onBytesRead?.(at + slice.length)
      yield slice
    }
  }
  return Readable.from(slices(), { objectMode: false })
}

/**
 * Reads at least `bytes` from the start of a stream (fewer only at its end) and hands back that
 * head plus a stream that replays it before the rest, so sniffing does not consume the input.
 */
export const peekHead = async (
  stream: Readable,
  bytes: number,
): Promise<{ head: Buffer; complete: boolean; replay: Readable }> => {
  const iterator = stream[Symbol.asyncIterator]() as AsyncIterator<Buffer | string>
  const chunks: Buffer[] = []
  let length = 0
  let complete = false
  while (length < bytes) {
    const next = await iterator.next()
    if (next.done) {
      complete = true
      break
    }
    const chunk = typeof next.value === 'string' ? Buffer.from(next.value) : next.value
    chunks.push(chunk)
    length += chunk.length
  }
  const head = Buffer.concat(chunks)
  async function* replay(): AsyncGenerator<Buffer> {
    try {
      if (head.length) yield head
      if (complete) return
      for (;;) {
        const next = await iterator.next()
        if (next.done) return
        yield typeof next.value === 'string' ? Buffer.from(next.value) : next.value
      }
    } finally {
      // Stopping early (a totals row, a consumer that breaks) must still close the file.
      await iterator.return?.()
      stream.destroy()
    }
  }
  return { head, complete, replay: Readable.from(replay(), { objectMode: false }) }
}

export type TSheetFormat = 'xlsx' | 'csv'

/**
 * The format by content, not by name: a renamed file or a missing extension still reads.
 * `.xlsx` is a zip (`PK\3\4`); the old binary `.xls` is an OLE container, which we refuse with
 * a message telling the clerk to save as `.xlsx`.
 */
export const sniffFormat = (head: Uint8Array): TSheetFormat | 'xls' => {
  if (head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04) return 'xlsx'
  if (head[0] === 0xd0 && head[1] === 0xcf && head[2] === 0x11 && head[3] === 0xe0) return 'xls'
  return 'csv'
}
