import { ZMonth } from '../party/calendar.ts'
import { z } from 'zod'

/**
 * The local 低保标准 (per person per month) and the floor are dated: a new standard applies from
 * its effective month on, and months before it keep the standard they had — an amount is never
 * recomputed backwards by a later standard.
 */
export const ZSubsidyStandard = z.object({
  effectiveMonth: ZMonth,
  /** 城市低保标准, 分 per person per month. */
  standardFen: z.number().int().min(1),
  /** 保底金额: the least a covered person receives, 分 a month (0: none). */
  floorFen: z.number().int().min(0),
})
export type TSubsidyStandard = z.infer<typeof ZSubsidyStandard>

/** The standard in force in `month` (YYYY-MM): the latest effective on or before it, or null. */
export const standardFor = (
  month: string,
  standards: readonly TSubsidyStandard[],
): TSubsidyStandard | null =>
  standards.reduce<TSubsidyStandard | null>(
    (found, standard) =>
      standard.effectiveMonth <= month &&
      (found === null || standard.effectiveMonth > found.effectiveMonth)
        ? standard
        : found,
    null,
  )
