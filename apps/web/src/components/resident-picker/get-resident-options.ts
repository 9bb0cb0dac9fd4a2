import { queryOptions } from '@tanstack/react-query'
import type { TPage } from '@cr/shared/common/pagination'
import { isInCurrentPopulation } from '@cr/shared/residents/life-event'
import { ZResidentPage, type TResident } from '@cr/shared/residents/resident'
import { apiRequest } from '@/lib/api-client'
import { isFullIdNumber, isIdNumberLike } from '@/lib/id-number-text'
import { recordRoots } from '@/lib/record-keys'

/**
 * The exact lookup finds anyone; a picker links a person to something new (a household, a
 * building, a roll), so it offers the current population only, as the list's default does.
 */
const currentPopulationOnly = (page: TPage<TResident>): TPage<TResident> => ({
  ...page,
  items: page.items.filter((r) => isInCurrentPopulation(r.status)),
})

/**
 * Residents for pickers (the current population: the list's default): by name, last four, phone
 * or address through the list's `q`; a whole ID number goes in a POST body (never a URL) and its
 * answer is not kept once unused. `residence: 'all'` also offers people the office knows who
 * live elsewhere (a landlord), found by name as the people living here are.
 */
export const getResidentOptionsQueryOptions = (
  text: string,
  committeeId?: string,
  residence?: 'all',
) => {
  const byIdNumber = isFullIdNumber(text)
  // Part of an ID number is not sent at all: it would land in a URL.
  const partial = !byIdNumber && isIdNumberLike(text)
  return queryOptions({
    queryKey: [...recordRoots.residents, 'options', { text, committeeId, residence }],
    queryFn: ({ signal }) =>
      partial
        ? Promise.resolve<TPage<TResident>>({ items: [], nextCursor: null })
        : byIdNumber
          ? apiRequest(
              '/residents/search',
              { method: 'POST', body: { idNumber: text }, signal },
              ZResidentPage,
            ).then(currentPopulationOnly)
          : apiRequest(
              '/residents',
              {
                query: { q: text || undefined, committeeId, residence, sort: 'name', limit: 30 },
                signal,
              },
              ZResidentPage,
            ),
    staleTime: byIdNumber ? 0 : 30_000,
    gcTime: byIdNumber ? 0 : undefined,
  })
}
