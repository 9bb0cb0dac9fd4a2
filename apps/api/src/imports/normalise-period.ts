import { toHalfWidth } from '@cr/shared/validators/phone'
import { cellText, type TCell } from './cells.ts'
import { type TNormalised } from './ledger-type.ts'
import { parseLedgerDate } from './normalise-date.ts'

/**
 * A period written in one cell (租赁起止, 租赁期限), as ledgers write it: `2024.1.1-2024.12.31`,
 * `2024年1月1日至2024年12月31日`, `2024/01/01~2024/12/31`, `2024-01-01—2024-12-31`,
 * `2024.1.1－2024.12.31` (full-width dash), `自2024年1月1日起至2024年12月31日止` (as leases word it).
 * Both ends must be whole dates, the end not before
 * the start; anything else is refused (`date_invalid`, `period_invalid`), never guessed.
 */
export type TLedgerPeriod = { start: string; end: string }

const datePart = String.raw`\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?|\d{8}`
const periodPattern = new RegExp(
  String.raw`^(?:自|从)?\s*(${datePart})\s*起?\s*(?:至|到|~|～|—|–|-{1,2}|－|－－)\s*(${datePart})\s*止?$`,
)

export const parsePeriod = (text: string): TLedgerPeriod | null => {
  const m = periodPattern.exec(toHalfWidth(text).normalize('NFKC').trim())
  if (!m) return null
  const start = parseLedgerDate(m[1]!.trim())
  const end = parseLedgerDate(m[2]!.trim())
  if (start?.precision !== 'day' || end?.precision !== 'day') return null
  return { start: start.value, end: end.value }
}

export const periodField = (cell: TCell): TNormalised<TLedgerPeriod> => {
  const period = parsePeriod(cellText(cell))
  if (!period) return { ok: false, code: 'period_invalid' }
  return { ok: true, value: period }
}
