import { useQuery } from '@tanstack/react-query'
import { ZResidentPage } from '@cr/shared/residents/resident'
import { apiRequest } from '@/lib/api-client'
import { dwellingPeopleKeys } from './place-keys'

/** The residents living in a dwelling (members of its households). */
export const useDwellingOccupants = (dwellingId: string) =>
  useQuery({
    queryKey: dwellingPeopleKeys.occupants(dwellingId),
    queryFn: ({ signal }) =>
      apiRequest(
        '/residents',
        { query: { dwellingId, sort: 'name', limit: 100 }, signal },
        ZResidentPage,
      ),
  })
