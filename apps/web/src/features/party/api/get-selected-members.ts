import { useQuery } from '@tanstack/react-query'
import { ZPartyMember } from '@cr/shared/party/party-member'
import { z } from 'zod'
import { apiRequest } from '@/lib/api-client'
import type { TPrintSelection } from '@/lib/print-selection'
import { partyKeys } from './party-keys'

const ZSelectedMembers = z.object({ items: z.array(ZPartyMember) })

/** 打印所选: the selected members in the roster's order (`POST /party-members/selection`). */
export const useSelectedMembers = (selection: TPrintSelection | null) =>
  useQuery({
    queryKey: [...partyKeys.members(), 'selection', selection] as const,
    queryFn: ({ signal }) =>
      apiRequest(
        '/party-members/selection',
        { method: 'POST', body: selection, signal },
        ZSelectedMembers,
      ),
    enabled: selection !== null,
  })
