import { useQuery } from '@tanstack/react-query'
import { ZHousehold } from '@cr/shared/households/household'
import { apiRequest } from '@/lib/api-client'
import { recordRoots } from '@/lib/record-keys'

/**
 * The household a resident lives in, for the profile's members list. Keyed like the household
 * page's own query, so a move made there refreshes the profile too.
 */
export const useResidentHousehold = (householdId: string | undefined) =>
  useQuery({
    queryKey: [...recordRoots.households, 'detail', householdId ?? ''],
    queryFn: ({ signal }) =>
      apiRequest(`/households/${encodeURIComponent(householdId ?? '')}`, { signal }, ZHousehold),
    enabled: Boolean(householdId),
  })
