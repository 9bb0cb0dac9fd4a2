import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query'
import { ZImportJobPage } from '@cr/shared/imports/import-job'
import { apiRequest } from '@/lib/api-client'
import { pageQueryOf, type TPageSearch } from '@/lib/search-params'
import { isJobRunning } from '../utils/import-status'
import { importKeys } from './import-keys'

export const getImports = (paging: TPageSearch, signal?: AbortSignal) =>
  apiRequest('/imports', { query: pageQueryOf(paging), signal }, ZImportJobPage)

/** One numbered page, newest first; the previous page stays on screen while the next loads. */
export const getImportsQueryOptions = (paging: TPageSearch) =>
  queryOptions({
    queryKey: importKeys.list(paging),
    queryFn: ({ signal }) => getImports(paging, signal),
    placeholderData: keepPreviousData,
  })

/** While a job on the page shown runs, the list follows it every two seconds. */
export const useImports = (paging: TPageSearch) =>
  useQuery({
    ...getImportsQueryOptions(paging),
    refetchInterval: (query) =>
      query.state.data?.items.some((j) => isJobRunning(j.status)) ? 2000 : false,
  })
