import { useQuery } from '@tanstack/react-query'
import { ZResidentPage } from '@cr/shared/residents/resident'
import { apiRequest } from '@/lib/api-client'
import { residentKeys } from './resident-keys'

/** Exact lookup by a whole ID number, sent in a POST body so it never appears in a URL. */
export const searchResidentsById = (idNumber: string, signal?: AbortSignal) =>
  apiRequest('/residents/search', { method: 'POST', body: { idNumber }, signal }, ZResidentPage)

/** Not kept once the search box changes (gcTime 0): the number stays in memory no longer. */
export const useResidentIdSearch = (idNumber: string | null) =>
  useQuery({
    queryKey: residentKeys.idSearch(idNumber ?? ''),
    queryFn: ({ signal }) => searchResidentsById(idNumber ?? '', signal),
    enabled: Boolean(idNumber),
    gcTime: 0,
    staleTime: 0,
  })
