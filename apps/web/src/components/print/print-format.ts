/**
 * What the printed documents write the way the paper forms do. Pure, so the unit test pins it.
 */

const cstOffsetMs = 8 * 60 * 60 * 1000

/**
 * The instant a document is printed, `YYYY-MM-DD HH:mm` in China Standard Time: the office's
 * clock, whatever zone the browser's machine is set to (the 打印时间 of a form filed away).
 */
export const printTimestamp = (at: Date): string =>
  new Date(at.getTime() + cstOffsetMs).toISOString().slice(0, 16).replace('T', ' ')

/** `2026-11-27` → `2026年11月27日`, as a form is filled in by hand. */
export const chineseDate = (date: string): string =>
  `${date.slice(0, 4)}年${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日`

/** `2026-11` → `2026年11月`. */
export const chineseMonth = (month: string): string =>
  `${month.slice(0, 4)}年${Number(month.slice(5, 7))}月`

/** A date as the document prints it in the UI language: Chinese forms spell it out. */
export const printDate = (date: string | null | undefined, language: string): string => {
  if (!date) return '—'
  return language.startsWith('en') ? date : chineseDate(date)
}

/** A month (`2026-11`) as the document prints it; a blank is a dash. */
export const printMonth = (month: string | null | undefined, language: string): string => {
  if (!month) return '—'
  return language.startsWith('en') ? month : chineseMonth(month)
}

/** Who printed: the account's display name, else its user name (a token's account has one). */
export const printedByName = (user: { displayName: string; username: string }): string =>
  user.displayName.trim() || user.username

/**
 * The label–value pairs of a 信息表 in rows of `perRow` pairs; a wide field (an address, 备注)
 * has a row of its own, ending the row before it early.
 */
export const fieldRows = <T extends { wide?: boolean }>(fields: T[], perRow: number): T[][] => {
  const rows: T[][] = []
  let row: T[] = []
  for (const field of fields) {
    if (field.wide && row.length > 0) {
      rows.push(row)
      row = []
    }
    row.push(field)
    if (field.wide || row.length === perRow) {
      rows.push(row)
      row = []
    }
  }
  if (row.length > 0) rows.push(row)
  return rows
}
