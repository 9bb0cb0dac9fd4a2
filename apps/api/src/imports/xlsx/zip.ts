import { type Readable } from 'node:stream'
import yauzl from 'yauzl'

/**
 * The parts of an .xlsx (a zip) by name, read with random access: a sheet's cells refer to
 * sharedStrings.xml and styles.xml, which Excel often stores after the sheet, so a reader that
 * only streams the zip front to back has to hold the whole sheet until it gets there.
 */
export type TXlsxZip = {
  has: (name: string) => boolean
  /** A small part (workbook, relationships, styles) as text; null when absent. */
  text: (name: string) => Promise<string | null>
  /** A part as a stream of bytes and its uncompressed size, for progress. */
  stream: (name: string) => Promise<{ stream: Readable; bytes: number } | null>
  close: () => void
}

/** Zip paths are case-sensitive, but writers differ on `xl/` vs `/xl/`: one normal form. */
const partName = (name: string) => name.replace(/^\/+/, '')

export const openXlsxZip = async (source: string | Buffer): Promise<TXlsxZip> => {
  // lazyEntries: the entries are read when asked for, so none goes by before the listener is on.
  const options = { lazyEntries: true, autoClose: false }
  const zip =
    typeof source === 'string'
      ? await yauzl.openPromise(source, options)
      : await yauzl.fromBufferPromise(source, options)
  const entries = new Map<string, yauzl.Entry>()
  await new Promise<void>((resolve, reject) => {
    zip.on('entry', (entry: yauzl.Entry) => {
      entries.set(partName(entry.fileName), entry)
      zip.readEntry()
    })
    zip.once('end', resolve)
    zip.once('error', reject)
    zip.readEntry()
  })
  const stream = async (name: string) => {
    const entry = entries.get(partName(name))
    if (!entry) return null
    const readable = await zip.openReadStreamPromise(entry)
    return { stream: readable, bytes: entry.uncompressedSize }
  }
  return {
    has: (name) => entries.has(partName(name)),
    stream,
    text: async (name) => {
      const opened = await stream(name)
      if (!opened) return null
      const chunks: Buffer[] = []
      for await (const chunk of opened.stream) chunks.push(chunk as Buffer)
      return Buffer.concat(chunks).toString('utf8')
    },
    close: () => zip.close(),
  }
}
