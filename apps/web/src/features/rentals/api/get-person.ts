import { queryOptions, useQuery } from '@tanstack/react-query'
import { ZResident } from '@cr/shared/residents/resident'
import { apiRequest } from '@/lib/api-client'
import { recordRoots } from '@/lib/record-keys'

/**
 * The registry's record of a person a rental record names (sex, 民族, birth date for the
 * 登记表), read by id whatever their residence; masked as every read.
 */
export const getPersonQueryOptions = (residentId: string) =>
  queryOptions({
    queryKey: [...recordRoots.residents, 'detail', residentId] as const,
    queryFn: ({ signal }) =>
      apiRequest(`/residents/${encodeURIComponent(residentId)}`, { signal }, ZResident),
  })

export const usePerson = (residentId: string | undefined) =>
  useQuery({ ...getPersonQueryOptions(residentId ?? ''), enabled: Boolean(residentId) })
