import { toHalfWidth } from '@cr/shared/validators/phone'
import { cellText, type TCell } from './cells.ts'
import { type TNormalised } from './ledger-type.ts'

const ok = <V>(value: V): TNormalised<V> => ({ ok: true, value })

/** Trimmed text with inner runs of spaces (full-width too) collapsed; numbers as Excel shows them. */
export const plainText = (cell: TCell): TNormalised<string> =>
  ok(
    cellText(cell)
      .replace(/[\s\u3000]+/g, ' ')
      .trim(),
  )

/** Free text (备注): only trimmed; line breaks inside the cell are the clerk's. */
export const freeText = (cell: TCell): TNormalised<string> =>
  ok(cellText(cell).replace(/^[\s\u3000]+|[\s\u3000]+$/g, ''))

/**
 * A Chinese name: spaces typed to align two-character names (`张三` typed as `张`, a full-width space, `三`) are removed; names in
 * Latin letters keep single spaces; the middle dot of minority names is unified (`·`).
 */
export const personName = (cell: TCell): TNormalised<string> => {
  const text = cellText(cell)
    .replace(/[\s\u3000]+/g, ' ')
    .trim()
    .replace(/[•・．.]/g, '·')
  return ok(/[A-Za-z]/.test(text) ? text : text.replace(/ /g, ''))
}

/** Digits and dashes half-width, spaces collapsed: house numbers, room numbers, phones. */
export const numberish = (cell: TCell): TNormalised<string> =>
  ok(
    toHalfWidth(cellText(cell))
      .normalize('NFKC')
      .replace(/[\s\u3000]+/g, ' ')
      .trim(),
  )

/** `2单元` → `2`, `502室` → `502`: the address format appends the word itself. */
export const withoutSuffix =
  (suffix: string) =>
  (cell: TCell): TNormalised<string> => {
    const result = numberish(cell)
    return result.ok ? ok(result.value.replace(new RegExp(`\\s*${suffix}$`), '')) : result
  }

/** A phone as text: a number cell (13800138000) is exact, anything else goes to the validator. */
export const phoneText = (cell: TCell): TNormalised<string> => numberish(cell)
