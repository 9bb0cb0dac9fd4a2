import { monthOf, todayInChina } from '@cr/shared/party/calendar'
import { z } from 'zod'

/** The 发放花名册 page's URL search: the month shown (this month when left out). */
export const ZPayoutSearch = z.object({
  month: z
    .string()
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/)
    .optional()
    .catch(undefined),
})
export type TPayoutSearch = z.infer<typeof ZPayoutSearch>

/** This month in China, by the browser's clock (the tests fix it to the server's day). */
export const currentPayoutMonth = (now?: Date): string => monthOf(todayInChina(now))
