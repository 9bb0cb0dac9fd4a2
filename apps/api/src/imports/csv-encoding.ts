/**
 * Which encoding a CSV is in. Excel writes three kinds: "CSV UTF-8" (with a BOM), plain "CSV"
 * in the Windows code page — GBK (code page 936) on Chinese Windows — and "Unicode text"
 * (UTF-16 LE with a BOM, tab-separated). Other tools write UTF-8 without a BOM.
 *
 * A BOM decides. Otherwise the head is decoded as strict UTF-8: GBK text is almost never valid
 * UTF-8 (a GBK lead byte 0x81–0xFE followed by a trail byte 0x40–0xFE rarely forms a UTF-8
 * sequence), so a clean decode means UTF-8 and a failure means GB18030 (a superset of GBK).
 */
export type TCsvEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030'

export type TEncodingGuess = {
  encoding: TCsvEncoding
  bom: boolean
  /**
   * False when the head was plain ASCII, so nothing told UTF-8 from GBK. The reader then decodes
   * the rest strictly and refuses the file if a later byte is not UTF-8, rather than show garbage.
   */
  confident: boolean
}

/** Enough for the title rows and the header of any real ledger. */
export const ENCODING_HEAD_BYTES = 64 * 1024

export const detectCsvEncoding = (head: Uint8Array, complete: boolean): TEncodingGuess => {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf)
    return { encoding: 'utf-8', bom: true, confident: true }
  if (head[0] === 0xff && head[1] === 0xfe)
    return { encoding: 'utf-16le', bom: true, confident: true }
  if (head[0] === 0xfe && head[1] === 0xff)
    return { encoding: 'utf-16be', bom: true, confident: true }
  const ascii = head.every((b) => b < 0x80)
  if (ascii) return { encoding: 'utf-8', bom: false, confident: false }
  try {
    // `stream: true` unless the head is the whole file: a multi-byte character cut at the end of
    // the head is then held back instead of counted as an error.
    new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: !complete })
    return { encoding: 'utf-8', bom: false, confident: true }
  } catch {
    return { encoding: 'gb18030', bom: false, confident: true }
  }
}

/**
 * The field separator, from the decoded head: Excel's "Unicode text" uses tabs, some European
 * locales semicolons, everyone else commas. Counted on the first lines, outside quotes.
 */
export const detectDelimiter = (headText: string): ',' | '\t' | ';' => {
  const lines = headText.split(/\r\n|\n|\r/).slice(0, 20)
  const counts = { ',': 0, '\t': 0, ';': 0 }
  for (const line of lines) {
    const unquoted = line.replace(/"[^"]*"/g, '')
    for (const ch of unquoted) if (ch === ',' || ch === '\t' || ch === ';') counts[ch] += 1
  }
  if (counts['\t'] > counts[','] && counts['\t'] >= counts[';']) return '\t'
  if (counts[';'] > counts[',']) return ';'
  return ','
}
