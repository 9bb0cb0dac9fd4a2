import { type TRuleResult, ok, refuse } from './rule-result.ts'

/**
 * Money in the party module is an integer number of 分 (0.01 元). The dues rules state yuan
 * with two decimals, and band edges are exact (3000.00 元 is the lower band, 3000.01 元 the
 * next): integers make both exact, where floating yuan would put 3000.01 at 3000.0099999….
 * Yuan appear only at the edges: `parseYuan` on input, `formatYuan` for display.
 */

/** Reads an amount in yuan (`'4,800.5'`, `4800.5`): at least 0, at most two decimals. */
export const parseYuan = (
  input: string | number,
): TRuleResult<number, 'party_dues_amount_invalid'> => {
  if (typeof input === 'number') {
    const fen = Math.round(input * 100)
    // A number with more than two decimals is refused, not silently rounded.
    if (!Number.isFinite(input) || input < 0 || Math.abs(input * 100 - fen) > 1e-6)
      return refuse('party_dues_amount_invalid')
    return ok(fen)
  }
  const text = input.trim().replace(/[,，]/g, '')
  const match = /^(\d+)(?:\.(\d{1,2}))?$/.exec(text)
  if (!match) return refuse('party_dues_amount_invalid')
  const fen = Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'))
  return Number.isSafeInteger(fen) ? ok(fen) : refuse('party_dues_amount_invalid')
}

/**
 * `numerator / denominator` rounded half up (四舍五入), for non-negative integers — the rounding
 * the dues rules use for 分.
 */
export const divideRoundingHalfUp = (numerator: number, denominator: number): number =>
  Math.floor((2 * numerator + denominator) / (2 * denominator))

/** `12,345.60`; with `compact`, whole yuan drop the `.00` (`4,800`), as rule texts write them. */
export const formatYuan = (
  fen: number,
  { compact = false }: { compact?: boolean } = {},
): string => {
  const sign = fen < 0 ? '-' : ''
  const abs = Math.abs(fen)
  const yuan = Math.floor(abs / 100)
  const cents = abs % 100
  const grouped = String(yuan).replace(/\B(?=(\d{3})+(?!\d))/g, ',')
  return compact && cents === 0
    ? `${sign}${grouped}`
    : `${sign}${grouped}.${String(cents).padStart(2, '0')}`
}
