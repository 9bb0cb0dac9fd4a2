import { useQuery } from '@tanstack/react-query'
import { ZHouseholdHistory } from '@cr/shared/households/household'
import { apiRequest } from '@/lib/api-client'
import { householdKeys } from './household-keys'

/** The dated events of a household: 立户, 迁入, 迁出, transfers, 变更户主. */
export const useHouseholdHistory = (id: string) =>
  useQuery({
    queryKey: householdKeys.history(id),
    queryFn: ({ signal }) =>
      apiRequest(`/households/${encodeURIComponent(id)}/history`, { signal }, ZHouseholdHistory),
  })
