import { queryOptions, useQuery } from '@tanstack/react-query'
import { ZPartyOrganizationTree } from '@cr/shared/party/party-organization'
import { apiRequest } from '@/lib/api-client'
import { partyKeys } from './party-keys'

/** The whole tree in one answer (tens of nodes): the page, the pickers and the filters share it. */
export const getOrganizationsQueryOptions = () =>
  queryOptions({
    queryKey: partyKeys.organizations(),
    queryFn: ({ signal }) => apiRequest('/party-organizations', { signal }, ZPartyOrganizationTree),
  })

export const useOrganizations = () => useQuery(getOrganizationsQueryOptions())
