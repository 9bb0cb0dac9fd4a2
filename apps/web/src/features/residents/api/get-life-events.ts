import { queryOptions, useQuery } from '@tanstack/react-query'
import { ZLifeEventList } from '@cr/shared/residents/life-event'
import { apiRequest } from '@/lib/api-client'
import { residentKeys } from './resident-keys'

export const getLifeEvents = (id: string, signal?: AbortSignal) =>
  apiRequest(`/residents/${encodeURIComponent(id)}/life-events`, { signal }, ZLifeEventList)

/** The person's life events, newest first (under the resident's keys: a write refreshes them). */
export const useLifeEvents = (id: string) =>
  useQuery(
    queryOptions({
      queryKey: residentKeys.lifeEvents(id),
      queryFn: ({ signal }) => getLifeEvents(id, signal),
    }),
  )
