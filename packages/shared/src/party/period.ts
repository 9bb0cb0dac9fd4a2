import { z } from 'zod'
import { messageFor } from '../common/issue.ts'
import { type TRuleResult, ok, refuse } from './rule-result.ts'

/**
 * A reporting period: a year (`2026`) or a quarter (`2026Q3`), as CST calendar days. Quarters
 * are the calendar's (Q1 = January to March …): a meeting belongs to the quarter of its date in
 * China Standard Time (`cstDateOf` in calendar.ts turns an instant into that date).
 */
export type TPeriod = {
  kind: 'year' | 'quarter'
  /** `2026` or `2026Q3`. */
  label: string
  year: number
  /** 1 to 4 for a quarter; null for a year. */
  quarter: number | null
  from: string
  to: string
}

const pad = (n: number) => String(n).padStart(2, '0')

const quarterPeriod = (year: number, quarter: number): TPeriod => {
  const lastMonth = quarter * 3
  const lastDay = new Date(Date.UTC(year, lastMonth, 0)).getUTCDate()
  return {
    kind: 'quarter',
    label: `${year}Q${quarter}`,
    year,
    quarter,
    from: `${year}-${pad(lastMonth - 2)}-01`,
    to: `${year}-${pad(lastMonth)}-${pad(lastDay)}`,
  }
}

const yearPeriod = (year: number): TPeriod => ({
  kind: 'year',
  label: String(year),
  year,
  quarter: null,
  from: `${year}-01-01`,
  to: `${year}-12-31`,
})

export const parsePeriod = (text: string): TRuleResult<TPeriod, 'party_period_format'> => {
  const match = /^(\d{4})(?:[Qq]([1-4]))?$/.exec(text.trim())
  if (!match || Number(match[1]) < 1900) return refuse('party_period_format')
  const year = Number(match[1])
  return ok(match[2] ? quarterPeriod(year, Number(match[2])) : yearPeriod(year))
}

/** The quarter or year containing a day. */
export const periodOf = (date: string, kind: TPeriod['kind']): TPeriod => {
  const year = Number(date.slice(0, 4))
  return kind === 'year'
    ? yearPeriod(year)
    : quarterPeriod(year, Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1)
}

export const ZPeriod = z
  .string()
  .transform((text, ctx) => {
    const parsed = parsePeriod(text)
    if (parsed.ok) return parsed.value
    ctx.addIssue({
      code: 'custom',
      message: messageFor(parsed.error),
      params: { code: parsed.error },
    })
    return z.NEVER
  })
  .describe('A year (`2026`) or a quarter (`2026Q3`)')
