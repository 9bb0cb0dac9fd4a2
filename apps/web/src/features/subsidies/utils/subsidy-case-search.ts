import { z } from 'zod'
import { ZId } from '@cr/shared/common/record'
import type { ZSubsidyCaseListQuery } from '@cr/shared/subsidies/subsidy-case'
import type { TSubsidyClassification } from '@cr/shared/subsidies/subsidy-review'
import type { TSubsidyStage } from '@cr/shared/subsidies/subsidy-steps'
import { ZPageSearch, pageQueryOf, searchBoolean, searchText } from '@/lib/search-params'

// The route file loads this at start: the contract's types only, not its schemas or labels
// (the test checks these lists against the contract's).
export const defaultSubsidyCaseSort = '-appliedOn' as const
export const subsidyCaseSorts = ['appliedOn', '-appliedOn', 'createdAt', '-createdAt'] as const
export const stageFilters = [
  'applied',
  'investigated',
  'deliberated',
  'publicizing',
  'street_reviewed',
  'in_payment',
  'suspended',
  'stopped',
  'refused',
] as const satisfies readonly TSubsidyStage[]
export const classificationFilters = [
  'stable',
  'changing',
] as const satisfies readonly TSubsidyClassification[]

/** 金额段: the monthly amount in force, in 分 bounds (both inclusive). */
export const amountBands = {
  under200: { maxAmountFen: 19_999 },
  '200to499': { minAmountFen: 20_000, maxAmountFen: 49_999 },
  '500to999': { minAmountFen: 50_000, maxAmountFen: 99_999 },
  from1000: { minAmountFen: 100_000 },
} as const satisfies Record<string, { minAmountFen?: number; maxAmountFen?: number }>
export type TAmountBand = keyof typeof amountBands
const amountBandKeys = Object.keys(amountBands) as [TAmountBand, ...TAmountBand[]]

/** The 低保案件 list's URL search: filters, order and page; bad values are dropped. */
export const ZSubsidyCasesSearch = ZPageSearch.extend({
  q: searchText(z.string().trim().max(50).optional()).catch(undefined),
  committeeId: ZId.optional().catch(undefined),
  stage: z.enum(stageFilters).optional().catch(undefined),
  classification: z.enum(classificationFilters).optional().catch(undefined),
  reviewOverdue: searchBoolean,
  withoutHelper: searchBoolean,
  amountBand: z.enum(amountBandKeys).optional().catch(undefined),
  sort: z.enum(subsidyCaseSorts).catch(defaultSubsidyCaseSort),
})
export type TSubsidyCasesSearch = z.infer<typeof ZSubsidyCasesSearch>

export const subsidyCasesFiltered = (s: TSubsidyCasesSearch) =>
  Boolean(s.q || s.committeeId || s.stage || s.classification || s.reviewOverdue || s.withoutHelper)

/** The API query for one page, in the shape `ZSubsidyCaseListQuery` accepts. */
export const toSubsidyCaseListQuery = (search: TSubsidyCasesSearch) =>
  ({
    q: search.q || undefined,
    committeeId: search.committeeId,
    stage: search.stage,
    classification: search.classification,
    reviewOverdue: search.reviewOverdue ? 'true' : undefined,
    withoutHelper: search.withoutHelper ? 'true' : undefined,
    ...(search.amountBand ? amountBands[search.amountBand] : {}),
    sort: search.sort,
    ...pageQueryOf(search),
  }) satisfies z.input<typeof ZSubsidyCaseListQuery>
