import { attribute, parseXml } from './xml.ts'

/**
 * Which cell styles show a number as a date. A date cell in .xlsx is a number (days since
 * 1899-12-31) whose style's number format is a date format: one of Excel's built-in date
 * formats, or a custom format code with date or time parts (`yyyy"年"m"月"d"日"`).
 * @see ECMA-376 Part 1, 18.8.30 numFmt (built-in formats 14–22, 45–47; 27–36 and 50–58 are
 * the East Asian date formats of Chinese, Japanese and Korean Excel)
 */
const builtInDate = (id: number) =>
  (id >= 14 && id <= 22) ||
  (id >= 27 && id <= 36) ||
  (id >= 45 && id <= 47) ||
  (id >= 50 && id <= 58)

/** A custom format with y, m, d, h or s outside quotes, escapes and [colour]/[locale] tags. */
export const isDateFormatCode = (code: string): boolean => {
  const bare = code
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/_.|\*./g, '')
    .replace(/\[(?!h\]|m\]|s\]|hh\]|mm\]|ss\])[^\]]*\]/gi, '')
  // Only the first section counts (positive numbers); `General` has none of the letters.
  const first = bare.split(';')[0] ?? ''
  return /[ymdhs]/i.test(first) && !/general/i.test(first)
}

/** For each cell style index (`s` of a cell), whether it formats the number as a date. */
export const readDateStyles = (xml: string | null): boolean[] => {
  if (xml === null) return []
  const customDate = new Map<number, boolean>()
  const dateStyles: boolean[] = []
  let inCellXfs = false
  parseXml(xml, {
    open: (name, a) => {
      if (name === 'numFmt') {
        const id = Number(attribute(a, 'numFmtId'))
        customDate.set(id, isDateFormatCode(attribute(a, 'formatCode') ?? ''))
      } else if (name === 'cellXfs') inCellXfs = true
      else if (name === 'xf' && inCellXfs) {
        const id = Number(attribute(a, 'numFmtId') ?? 0)
        dateStyles.push(customDate.get(id) ?? builtInDate(id))
      }
    },
    close: (name) => {
      if (name === 'cellXfs') inCellXfs = false
    },
  })
  return dateStyles
}
