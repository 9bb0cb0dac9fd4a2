import { queryOptions, useQuery } from '@tanstack/react-query'
import { ZSubsidyCase } from '@cr/shared/subsidies/subsidy-case'
import { apiRequest } from '@/lib/api-client'
import { subsidyCaseKeys } from './subsidy-case-keys'

export const getSubsidyCaseQueryOptions = (id: string) =>
  queryOptions({
    queryKey: subsidyCaseKeys.detail(id),
    queryFn: ({ signal }) =>
      apiRequest(`/subsidy-cases/${encodeURIComponent(id)}`, { signal }, ZSubsidyCase),
  })

/** One case (its version is what the steps send as If-Match). */
export const useSubsidyCase = (id: string) => useQuery(getSubsidyCaseQueryOptions(id))
