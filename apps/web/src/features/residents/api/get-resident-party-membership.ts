import { useQuery } from '@tanstack/react-query'
import { ZPartyMemberPage } from '@cr/shared/party/party-member'
import { apiRequest } from '@/lib/api-client'
import { residentKeys } from './resident-keys'

/**
 * The resident's active party membership, if any. The roster has no resident filter, so this
 * asks for the name (`q`) and keeps the row whose resident is this one. Under `['party']` too
 * would be nicer for invalidation; the profile refetches on focus and after 30 s anyway.
 */
export const useResidentPartyMembership = (
  resident: { id: string; name: string },
  enabled: boolean,
) =>
  useQuery({
    queryKey: [...residentKeys.detail(resident.id), 'party-membership', resident.name],
    queryFn: async ({ signal }) => {
      const page = await apiRequest(
        '/party-members',
        { query: { q: resident.name, limit: 100 }, signal },
        ZPartyMemberPage,
      )
      return page.items.find((m) => m.resident.id === resident.id) ?? null
    },
    enabled,
  })
