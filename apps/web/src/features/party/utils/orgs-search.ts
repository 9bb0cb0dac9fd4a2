import { ZId } from '@cr/shared/common/record'
import { ZMonth } from '@cr/shared/party/calendar'
import { z } from 'zod'

export const orgTabs = ['roster', 'dues', 'meetings'] as const

/** The 党组织 page's URL search: the selected node, its tab and the dues month. */
export const ZOrgsSearch = z.object({
  org: ZId.optional().catch(undefined),
  tab: z.enum(orgTabs).optional().catch(undefined),
  month: ZMonth.optional().catch(undefined),
})
export type TOrgsSearch = z.infer<typeof ZOrgsSearch>
