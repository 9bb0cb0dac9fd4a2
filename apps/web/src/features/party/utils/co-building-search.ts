import { ZId } from '@cr/shared/common/record'
import { z } from 'zod'

/** The 共建单位 page's URL search: the name filter and the unit opened on the right. */
export const ZCoBuildingSearch = z.object({
  q: z.string().trim().max(30).optional().catch(undefined),
  unit: ZId.optional().catch(undefined),
})
export type TCoBuildingSearch = z.infer<typeof ZCoBuildingSearch>
