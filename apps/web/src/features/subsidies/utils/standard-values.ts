import { parseYuan } from '@cr/shared/party/money'
import { z } from 'zod'

/** The standard form's values: yuan as typed (`800`, `1,200.50`), the month `YYYY-MM`. */
export type TStandardValues = {
  effectiveMonth: string | null
  standard: string
  floor: string
}

/** `YYYY-MM`, as `ZMonth` (its message is the form's own). */
const monthPattern = /^\d{4}-(0[1-9]|1[0-2])$/

const yuan = (message: string, { positive }: { positive: boolean }) =>
  z.string().transform((text, ctx) => {
    const parsed = parseYuan(text)
    if (!parsed.ok || (positive && parsed.value === 0)) {
      ctx.addIssue({ code: 'custom', message })
      return z.NEVER
    }
    return parsed.value
  })

/** Yuan in the form, 分 in the request (`PUT /subsidy-standards/:month`). */
export const standardSchema = (messages: { month: string; standard: string; floor: string }) =>
  z
    .object({
      effectiveMonth: z.string({ error: messages.month }).regex(monthPattern, messages.month),
      standard: yuan(messages.standard, { positive: true }),
      floor: yuan(messages.floor, { positive: false }),
    })
    .transform((v) => ({
      effectiveMonth: v.effectiveMonth,
      standardFen: v.standard,
      floorFen: v.floor,
    }))
