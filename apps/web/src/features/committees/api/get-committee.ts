import { queryOptions, useQuery } from '@tanstack/react-query'
import { ZCommittee } from '@cr/shared/committees/committee'
import { apiRequest } from '@/lib/api-client'
import { editSnapshot } from '@/lib/query-client'
import { committeeKeys } from './committee-keys'

export const getCommittee = (id: string, signal?: AbortSignal) =>
  apiRequest(`/committees/${encodeURIComponent(id)}`, { signal }, ZCommittee)

/** Always fetched fresh before editing: the form's If-Match must be the current version. */
export const getCommitteeQueryOptions = (id: string) =>
  queryOptions({
    queryKey: committeeKeys.detail(id),
    queryFn: ({ signal }) => getCommittee(id, signal),
    ...editSnapshot,
  })

export const useCommittee = (id: string | undefined) =>
  useQuery({ ...getCommitteeQueryOptions(id ?? ''), enabled: Boolean(id) })
