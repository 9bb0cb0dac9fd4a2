import { queryOptions, useQuery } from '@tanstack/react-query'
import { ZSettings } from '@cr/shared/settings/settings'
import { apiRequest } from '@/lib/api-client'
import { editSnapshot } from '@/lib/query-client'

export const settingsKey = ['settings'] as const

export const getSettings = (signal?: AbortSignal) => apiRequest('/settings', { signal }, ZSettings)

/** Read fresh: the version is the If-Match of the next save. */
export const getSettingsQueryOptions = () =>
  queryOptions({
    queryKey: settingsKey,
    queryFn: ({ signal }) => getSettings(signal),
    ...editSnapshot,
  })

export const useSettings = () => useQuery(getSettingsQueryOptions())
