import { queryOptions, useQuery } from '@tanstack/react-query'
import { ZDwelling } from '@cr/shared/places/dwelling'
import { apiRequest } from '@/lib/api-client'
import { editSnapshot } from '@/lib/query-client'
import { dwellingKeys } from './place-keys'

export const getDwelling = (id: string, signal?: AbortSignal) =>
  apiRequest(`/dwellings/${encodeURIComponent(id)}`, { signal }, ZDwelling)

export const getDwellingQueryOptions = (id: string) =>
  queryOptions({
    queryKey: dwellingKeys.detail(id),
    queryFn: ({ signal }) => getDwelling(id, signal),
  })

export const useDwelling = (id: string | undefined) =>
  useQuery({ ...getDwellingQueryOptions(id ?? ''), enabled: Boolean(id) })

/** Fetched fresh before editing: the form's If-Match must be the current version. */
export const useDwellingForEdit = (id: string) =>
  useQuery({ ...getDwellingQueryOptions(id), ...editSnapshot })
