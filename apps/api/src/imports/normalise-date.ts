import { toHalfWidth } from '@cr/shared/validators/phone'
import { type TCell } from './cells.ts'
import { type TNormalised } from './ledger-type.ts'

/**
 * Dates as ledgers hold them: real date cells, Excel serial numbers (a date column formatted as
 * General), `2004-03-15`, `2004/3/15`, `2004.3.15`, `2004年3月15日`, `20040315`, and, where a
 * field allows it, year and month only: `1965.03`, `1965-3`, `1965年3月`, `196503`.
 */
export type TLedgerDate =
  { precision: 'day'; value: string } | { precision: 'month'; value: string }

const MIN_YEAR = 1890
const MAX_YEAR = 2100
const pad = (n: number) => String(n).padStart(2, '0')

const day = (y: number, m: number, d: number): TLedgerDate | null => {
  if (y < MIN_YEAR || y > MAX_YEAR) return null
  const date = new Date(Date.UTC(y, m - 1, d))
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d)
    return null
  return { precision: 'day', value: `${y}-${pad(m)}-${pad(d)}` }
}

const month = (y: number, m: number): TLedgerDate | null =>
  y >= MIN_YEAR && y <= MAX_YEAR && m >= 1 && m <= 12
    ? { precision: 'month', value: `${y}-${pad(m)}` }
    : null

/**
 * Excel's serial day number in the 1900 date system: day 1 is 1900-01-01, and Excel counts a
 * 29 February 1900 that never was (Lotus compatibility), so serials from 61 on are one day ahead.
 */
export const excelSerialToDate = (serial: number): TLedgerDate | null => {
  const whole = Math.floor(serial)
  if (whole < 1 || whole === 60 || whole > 2_958_465) return null
  const days = whole > 60 ? whole - 1 : whole
  const date = new Date(Date.UTC(1899, 11, 31) + days * 86_400_000)
  return day(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate())
}

const fromNumber = (n: number): TLedgerDate | null => {
  if (!Number.isFinite(n) || n <= 0) return null
  // 20040315 typed into a number cell.
  if (Number.isInteger(n) && n >= 18_900_101 && n <= 21_001_231)
    return day(Math.floor(n / 10_000), Math.floor(n / 100) % 100, n % 100)
  // 196503 typed into a number cell (as a serial it would fall after 2100).
  if (Number.isInteger(n) && n >= 189_001 && n <= 210_012)
    return month(Math.floor(n / 100), n % 100)
  const year = Math.floor(n)
  if (year >= MIN_YEAR && year <= MAX_YEAR) {
    // 1965.03 typed into a number cell. A bare year (1965) is neither a month nor a serial
    // anyone means (serial 1965 is May 1905), so it is refused rather than guessed.
    if (Number.isInteger(n)) return null
    // Excel keeps 1965.10 as 1965.1, so one decimal digit is a two-digit month: October.
    return month(year, Math.round((n - year) * 100))
  }
  return excelSerialToDate(n)
}

const patterns: [RegExp, (m: RegExpExecArray) => TLedgerDate | null][] = [
  // 2004-03-15, 2004/3/15, 2004.3.15, 2004年3月15日, with an optional time after it
  [
    /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[\sT]+\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$/,
    (m) => day(Number(m[1]), Number(m[2]), Number(m[3])),
  ],
  [/^(\d{4})(\d{2})(\d{2})$/, (m) => day(Number(m[1]), Number(m[2]), Number(m[3]))],
  // 1965.03, 1965-3, 1965/3, 1965年3月
  [/^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*月?$/, (m) => month(Number(m[1]), Number(m[2]))],
  [/^(\d{4})(\d{2})$/, (m) => month(Number(m[1]), Number(m[2]))],
  // A serial number that reached a CSV as text (a General-formatted date column saved as CSV).
  [/^(\d{1,5})$/, (m) => excelSerialToDate(Number(m[1]))],
]

export const parseLedgerDate = (cell: TCell): TLedgerDate | null => {
  if (cell === null) return null
  if (cell instanceof Date) {
    if (Number.isNaN(cell.getTime())) return null
    return day(cell.getUTCFullYear(), cell.getUTCMonth() + 1, cell.getUTCDate())
  }
  if (typeof cell === 'number') return fromNumber(cell)
  if (typeof cell !== 'string') return null
  const text = toHalfWidth(cell).normalize('NFKC').trim()
  for (const [pattern, build] of patterns) {
    const m = pattern.exec(text)
    if (m) return build(m)
  }
  return null
}

/** A date field: `allowMonth` lets year-month through (as `YYYY-MM`, precision `month`). */
export const dateField =
  (allowMonth: boolean) =>
  (cell: TCell): TNormalised<TLedgerDate> => {
    const date = parseLedgerDate(cell)
    if (!date) return { ok: false, code: 'date_invalid' }
    if (date.precision === 'month' && !allowMonth) return { ok: false, code: 'date_month_only' }
    return { ok: true, value: date }
  }

/**
 * A month field (党费交至): `2026-10`, `2026.10`, `2026年10月`, `202610`, or a date cell or
 * full date, of which the month is kept — a month typed into Excel becomes its first day.
 */
export const monthField = (cell: TCell): TNormalised<string> => {
  const date = parseLedgerDate(cell)
  return date ? { ok: true, value: date.value.slice(0, 7) } : { ok: false, code: 'date_invalid' }
}
