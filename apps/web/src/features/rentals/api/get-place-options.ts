import { queryOptions } from '@tanstack/react-query'
import { ZBuilding, ZBuildingPage } from '@cr/shared/places/building'
import { ZDwellingPage } from '@cr/shared/places/dwelling'
import { ZRentalPropertyPage } from '@cr/shared/rentals/rental-property'
import { apiRequest } from '@/lib/api-client'
import { recordRoots } from '@/lib/record-keys'
import { rentalKeys } from './rental-keys'

/** Buildings by address fragment, for the building pickers. */
export const getBuildingOptionsQueryOptions = (q: string) =>
  queryOptions({
    queryKey: [...recordRoots.buildings, 'options', q] as const,
    queryFn: ({ signal }) =>
      apiRequest(
        '/buildings',
        { query: { q: q || undefined, sort: 'address', limit: 50 }, signal },
        ZBuildingPage,
      ),
    staleTime: 30_000,
  })

/** One building, to name the building a filter holds. */
export const getBuildingQueryOptions = (id: string) =>
  queryOptions({
    queryKey: [...recordRoots.buildings, 'detail', id] as const,
    queryFn: ({ signal }) =>
      apiRequest(`/buildings/${encodeURIComponent(id)}`, { signal }, ZBuilding),
  })

/** A building's dwellings (the registry's rooms), for the dwelling picker. */
export const getBuildingDwellingOptionsQueryOptions = (buildingId: string) =>
  queryOptions({
    queryKey: [...recordRoots.dwellings, 'building-options', buildingId] as const,
    queryFn: ({ signal }) =>
      apiRequest(
        '/dwellings',
        { query: { buildingId, sort: 'address', page: 1, limit: 100 }, signal },
        ZDwellingPage,
      ),
    enabled: Boolean(buildingId),
    staleTime: 30_000,
  })

/** Rental properties by address fragment, for where a temporary resident lives. */
export const getRentalPropertyOptionsQueryOptions = (q: string) =>
  queryOptions({
    queryKey: rentalKeys.propertyOptions(q),
    queryFn: ({ signal }) =>
      apiRequest(
        '/rental-properties',
        { query: { q: q || undefined, page: 1, limit: 30 }, signal },
        ZRentalPropertyPage,
      ),
    staleTime: 30_000,
  })
