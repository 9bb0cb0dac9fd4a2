import { parseXmlStream } from './xml.ts'
import { type TXlsxZip } from './zip.ts'

/**
 * The workbook's shared strings, in order (cells of type `s` hold an index into them). A rich
 * text string is its runs' text joined; phonetic guides (`rPh`, furigana) are not part of it.
 */
export const readSharedStrings = async (zip: TXlsxZip, part: string): Promise<string[]> => {
  const opened = await zip.stream(part)
  if (!opened) return []
  const strings: string[] = []
  let current = ''
  let inText = false
  let phonetic = 0
  const parsed = parseXmlStream<never>(
    opened.stream as AsyncIterable<Uint8Array>,
    {
      open: (name) => {
        if (name === 'si') current = ''
        else if (name === 't') inText = phonetic === 0
        else if (name === 'rPh') phonetic++
      },
      close: (name) => {
        if (name === 'si') strings.push(current)
        else if (name === 't') inText = false
        else if (name === 'rPh') phonetic--
      },
      text: (text) => {
        if (inText) current += text
      },
    },
    () => [],
  )
  for await (const _ of parsed);
  return strings
}
