import { z } from 'zod'
import { ZId } from '@cr/shared/common/record'
import type { TAssistanceKind } from '@cr/shared/subsidies/assistance'
import type { TAssistanceStage } from '@cr/shared/subsidies/assistance-case'
import { ZPageSearch, pageQueryOf } from '@/lib/search-params'

// Loaded at start by the route file: the contract's types only (its rules pull in the holiday
// tables), the values repeated here and checked against them.
const kinds = ['emergency', 'expense'] as const satisfies readonly TAssistanceKind[]
const stages = [
  'pending',
  'approved',
  'helped',
  'completed',
  'refused',
] as const satisfies readonly TAssistanceStage[]

export const defaultAssistanceSort = '-appliedOn' as const
export const assistanceSorts = ['appliedOn', '-appliedOn', 'createdAt', '-createdAt'] as const

/** The 临时救助 list's URL search: filters, order and page; bad values are dropped. */
export const ZAssistanceSearch = ZPageSearch.extend({
  committeeId: ZId.optional().catch(undefined),
  kind: z.enum(kinds).optional().catch(undefined),
  stage: z.enum(stages).optional().catch(undefined),
  sort: z.enum(assistanceSorts).catch(defaultAssistanceSort),
})
export type TAssistanceSearch = z.infer<typeof ZAssistanceSearch>

export const assistanceFiltered = (s: TAssistanceSearch) =>
  Boolean(s.committeeId || s.kind || s.stage)

/** The API query for one page (and, without its paging, for the export). */
export const toAssistanceListQuery = (search: TAssistanceSearch) => ({
  committeeId: search.committeeId,
  kind: search.kind,
  stage: search.stage,
  sort: search.sort,
  ...pageQueryOf(search),
})
