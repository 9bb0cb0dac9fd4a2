import { queryOptions } from '@tanstack/react-query'
import { ZBuildingPage } from '@cr/shared/places/building'
import { apiRequest } from '@/lib/api-client'
import { buildingKeys } from './place-keys'

/** Buildings for the dwelling form's picker, by address fragment. */
export const getBuildingOptionsQueryOptions = (q: string) =>
  queryOptions({
    queryKey: buildingKeys.options(q),
    queryFn: ({ signal }) =>
      apiRequest(
        '/buildings',
        { query: { q: q || undefined, sort: 'address', limit: 50 }, signal },
        ZBuildingPage,
      ),
    staleTime: 30_000,
  })
