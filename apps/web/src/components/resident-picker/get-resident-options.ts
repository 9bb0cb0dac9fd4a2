import { queryOptions } from '@tanstack/react-query'
import type { TPage } from '@cr/shared/common/pagination'
import { ZResidentPage, type TResident } from '@cr/shared/residents/resident'
import { apiRequest } from '@/lib/api-client'
import { isFullIdNumber, isIdNumberLike } from '@/lib/id-number-text'
import { recordRoots } from '@/lib/record-keys'

/**
 * Residents for pickers: by name, last four, phone or address through the list's `q`; a whole
 * ID number goes in a POST body (never a URL) and its answer is not kept once unused.
 */
export const getResidentOptionsQueryOptions = (text: string, committeeId?: string) => {
  const byIdNumber = isFullIdNumber(text)
  // Part of an ID number is not sent at all: it would land in a URL.
  const partial = !byIdNumber && isIdNumberLike(text)
  return queryOptions({
    queryKey: [...recordRoots.residents, 'options', { text, committeeId }],
    queryFn: ({ signal }) =>
      partial
        ? Promise.resolve<TPage<TResident>>({ items: [], nextCursor: null })
        : byIdNumber
          ? apiRequest(
              '/residents/search',
              { method: 'POST', body: { idNumber: text }, signal },
              ZResidentPage,
            )
          : apiRequest(
              '/residents',
              { query: { q: text || undefined, committeeId, sort: 'name', limit: 30 }, signal },
              ZResidentPage,
            ),
    staleTime: byIdNumber ? 0 : 30_000,
    gcTime: byIdNumber ? 0 : undefined,
  })
}
