import { queryOptions } from '@tanstack/react-query'
import { ZResidentPage } from '@cr/shared/residents/resident'
import { apiRequest } from '@/lib/api-client'
import { recordRoots } from '@/lib/record-keys'

/**
 * The registered person with a whole ID number (in a POST body, never a URL), or nobody; the
 * answer is not kept once unused.
 */
export const findPersonByIdQueryOptions = (idNumber: string) =>
  queryOptions({
    queryKey: [...recordRoots.residents, 'by-id-number', idNumber] as const,
    queryFn: ({ signal }) =>
      apiRequest(
        '/residents/search',
        { method: 'POST', body: { idNumber }, signal },
        ZResidentPage,
      ).then((page) => page.items[0] ?? null),
    enabled: idNumber !== '',
    staleTime: 0,
    gcTime: 0,
  })
