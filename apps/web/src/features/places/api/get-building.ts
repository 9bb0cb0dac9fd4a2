import { queryOptions, useQuery } from '@tanstack/react-query'
import { ZBuilding } from '@cr/shared/places/building'
import { apiRequest } from '@/lib/api-client'
import { editSnapshot } from '@/lib/query-client'
import { buildingKeys } from './place-keys'

export const getBuilding = (id: string, signal?: AbortSignal) =>
  apiRequest(`/buildings/${encodeURIComponent(id)}`, { signal }, ZBuilding)

export const getBuildingQueryOptions = (id: string) =>
  queryOptions({
    queryKey: buildingKeys.detail(id),
    queryFn: ({ signal }) => getBuilding(id, signal),
  })

export const useBuilding = (id: string | undefined) =>
  useQuery({ ...getBuildingQueryOptions(id ?? ''), enabled: Boolean(id) })

/** Fetched fresh before editing: the form's If-Match must be the current version. */
export const useBuildingForEdit = (id: string) =>
  useQuery({ ...getBuildingQueryOptions(id), ...editSnapshot })
