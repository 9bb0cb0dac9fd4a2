import { queryOptions, useQuery } from '@tanstack/react-query'
import { ZImportJob } from '@cr/shared/imports/import-job'
import { apiRequest } from '@/lib/api-client'
import { isJobRunning } from '../utils/import-status'
import { importKeys } from './import-keys'

export const getImport = (id: string, signal?: AbortSignal) =>
  apiRequest(`/imports/${encodeURIComponent(id)}`, { signal }, ZImportJob)

export const getImportQueryOptions = (id: string) =>
  queryOptions({
    queryKey: importKeys.detail(id),
    queryFn: ({ signal }) => getImport(id, signal),
    // Polled while the job runs (queued, validating, committing); still afterwards.
    refetchInterval: (query) => (isJobRunning(query.state.data?.status) ? 500 : false),
    refetchIntervalInBackground: false,
    staleTime: 0,
  })

export const useImport = (id: string) => useQuery(getImportQueryOptions(id))
