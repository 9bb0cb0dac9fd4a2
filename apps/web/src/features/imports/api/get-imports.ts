import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query'
import { ZImportJobPage } from '@cr/shared/imports/import-job'
import { apiRequest } from '@/lib/api-client'
import { isJobRunning } from '../utils/import-status'
import { importKeys } from './import-keys'

export const getImports = (cursor?: string, signal?: AbortSignal) =>
  apiRequest('/imports', { query: { limit: 20, cursor }, signal }, ZImportJobPage)

export const getImportsQueryOptions = () =>
  infiniteQueryOptions({
    queryKey: importKeys.lists(),
    queryFn: ({ pageParam, signal }) => getImports(pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  })

/** Newest first; while a job on the first page runs, the list follows it every two seconds. */
export const useImports = () =>
  useInfiniteQuery({
    ...getImportsQueryOptions(),
    refetchInterval: (query) =>
      query.state.data?.pages[0]?.items.some((j) => isJobRunning(j.status)) ? 2000 : false,
  })
