import { z } from 'zod'
import { ZId } from '@cr/shared/common/record'
import type { TRentalUse } from '@cr/shared/rentals/rental-codes'
import type { TRentalPropertyListQuery } from '@cr/shared/rentals/rental-property'
import type { TRentalContractStatus } from '@cr/shared/rentals/rental-rules'
import { ZPageSearch, pageQueryOf, searchBoolean, searchText } from '@/lib/search-params'

// The route file loads this at start (the sign-in page's first load): the contract's types
// only, not its schemas or code tables (they bring the registry's rules and the labels); the
// test checks these lists against the contract's.
export const defaultRentalSort = '-createdAt'
export const rentalSorts = ['createdAt', '-createdAt'] as const
export const useFilters = [
  'residential',
  'business',
  'production',
  'storage',
  'other',
] as const satisfies readonly TRentalUse[]
const contractStatusFilters = [
  'active',
  'expiring',
  'expired',
  'cancelled',
  'none',
] as const satisfies readonly (TRentalContractStatus | 'none')[]

/** 责任书到期: within so many days (the toolbar's choices). */
export const expiringWithinChoices = [7, 30, 60, 90] as const

/** The 出租房屋 list's URL search: filters, order and page; bad values are dropped. */
export const ZRentalsSearch = ZPageSearch.extend({
  q: searchText(z.string().trim().max(50).optional()).catch(undefined),
  committeeId: ZId.optional().catch(undefined),
  buildingId: ZId.optional().catch(undefined),
  contractStatus: z.enum(contractStatusFilters).optional().catch(undefined),
  use: z.enum(useFilters).optional().catch(undefined),
  overOccupied: searchBoolean,
  expiringWithin: z.coerce.number().int().min(0).max(3650).optional().catch(undefined),
  sort: z.enum(rentalSorts).catch(defaultRentalSort),
})
export type TRentalsSearch = z.infer<typeof ZRentalsSearch>

/** Any filter set (the order and the page are not filters). */
export const rentalsFiltered = (s: TRentalsSearch) =>
  Boolean(
    s.q ||
    s.committeeId ||
    s.buildingId ||
    s.contractStatus ||
    s.use ||
    s.overOccupied ||
    s.expiringWithin !== undefined,
  )

/** The API query for one page, in the shape `ZRentalPropertyListQuery` accepts. */
export const toRentalListQuery = (search: TRentalsSearch) =>
  ({
    q: search.q || undefined,
    committeeId: search.committeeId,
    buildingId: search.buildingId,
    contractStatus: search.contractStatus,
    use: search.use,
    overOccupied: search.overOccupied ? 'true' : undefined,
    expiringWithin: search.expiringWithin,
    sort: search.sort,
    ...pageQueryOf(search),
  }) satisfies TRentalPropertyListQuery
