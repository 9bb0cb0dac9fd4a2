import { messageFor } from '@cr/shared/common/issue'
import { isCalendarDate } from '@cr/shared/party/calendar'
import { paymentMonths } from '@cr/shared/party/dues-roll'
import { parseYuan } from '@cr/shared/party/money'
import { ZDuesBatchPayment, ZDuesPaymentCreate } from '@cr/shared/party/party-member'
import { z } from 'zod'

/** The 登记党费 form as typed. */
export type TPayDuesValues = {
  month: string | null
  toMonth: string | null
  paidOn: string | null
  amount: string
}

/** The months a payment covers by the shared rule; null while the month or the day is blank. */
export const monthsOf = (payment: Pick<TPayDuesValues, 'month' | 'toMonth' | 'paidOn'>) =>
  payment.month && payment.paidOn && isCalendarDate(payment.paidOn)
    ? paymentMonths({ month: payment.month, toMonth: payment.toMonth, paidOn: payment.paidOn })
    : null

/**
 * What the payment comes to before it is sent: the months × the amount typed, or the member's
 * standard when none is typed; null while the months or the amount cannot be read.
 */
export const paymentTotal = (values: TPayDuesValues, standardFen: number) => {
  const months = monthsOf(values)
  const text = values.amount.trim()
  const typed = text ? parseYuan(text) : null
  const perMonthFen = typed === null ? standardFen : typed.ok ? typed.value : null
  if (!months?.ok || perMonthFen === null) return null
  return { months: months.value.length, perMonthFen, totalFen: perMonthFen * months.value.length }
}

const { month, toMonth, paidOn } = ZDuesPaymentCreate.shape

/** The run of months by the rule the API applies, at the field it is wrong in. */
const checkMonths = (
  payment: { month: string; toMonth?: string; paidOn: string },
  ctx: z.RefinementCtx,
) => {
  const months = monthsOf({ ...payment, toMonth: payment.toMonth ?? null })
  if (months && !months.ok)
    ctx.addIssue({ code: 'custom', path: [months.field], message: messageFor(months.error) })
}

/** The contract's fields; the run of months checked by the rule the API applies. */
export const ZPayDuesForm = z
  .object({
    month,
    toMonth: toMonth.nullable().transform((v) => v ?? undefined),
    paidOn,
    amount: z
      .string()
      .trim()
      .optional()
      .transform((v) => v || undefined),
  })
  .superRefine((payment, ctx) => checkMonths(payment, ctx))

/** 批量登记党费 as typed: the same months and day for every selected member. */
export const ZPayDuesBatchForm = ZDuesBatchPayment.extend({
  toMonth: toMonth.nullable().transform((v) => v ?? undefined),
}).superRefine((payment, ctx) => checkMonths(payment, ctx))
