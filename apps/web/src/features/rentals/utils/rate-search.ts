import { z } from 'zod'

/** The 登记率 page's URL search: the day it is counted on (today when left out). */
export const ZRateSearch = z.object({
  asOf: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .optional()
    .catch(undefined),
})
export type TRateSearch = z.infer<typeof ZRateSearch>
