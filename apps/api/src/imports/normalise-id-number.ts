import { maskIdNumber, normalizeIdNumber } from '@cr/shared/validators/id-number'
import { cellText, type TCell } from './cells.ts'
import { type TNormalised } from './ledger-type.ts'

/**
 * An ID-number cell, before the shared `parseIdNumber` sees it.
 *
 * A number cell is the trap: Excel keeps 15 significant digits, so an 18-digit number typed into
 * a General cell has lost its last three digits (and shows as 3.70521E+17). Those are refused
 * with the shared `id_number_scientific` message — never padded or guessed. A 15-digit legacy
 * number fits in 15 digits and is exact, so it is kept.
 */
export const idNumberCell = (cell: TCell): TNormalised<string> => {
  if (typeof cell === 'number') {
    if (Number.isSafeInteger(cell) && cell < 1e15) return { ok: true, value: cell.toFixed(0) }
    return { ok: false, code: 'id_number_scientific' }
  }
  // Text goes to parseIdNumber as written: it knows full-width digits, spaces and a lower-case x,
  // and recognises `3.70521E+17` typed or saved as text.
  return { ok: true, value: cellText(cell) }
}

/**
 * How an ID number appears in a problem report: masked like everywhere else (region and last
 * four), because reports are downloaded and mailed around. A scientific-notation value has no
 * digits left to hide and is shown as written, so the clerk recognises it.
 */
export const displayIdNumber = (text: string): string => {
  const normalised = normalizeIdNumber(text)
  if (/^\d(\.\d+)?E\+?\d+$/i.test(normalised)) return text.trim()
  return maskIdNumber(normalised)
}
