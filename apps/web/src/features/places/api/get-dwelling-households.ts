import { useQuery } from '@tanstack/react-query'
import { ZHouseholdPage } from '@cr/shared/households/household'
import { apiRequest } from '@/lib/api-client'
import { dwellingPeopleKeys } from './place-keys'

/** The households registered in a dwelling (usually one). */
export const useDwellingHouseholds = (dwellingId: string) =>
  useQuery({
    queryKey: dwellingPeopleKeys.households(dwellingId),
    queryFn: ({ signal }) =>
      apiRequest('/households', { query: { dwellingId, limit: 20 }, signal }, ZHouseholdPage),
  })
