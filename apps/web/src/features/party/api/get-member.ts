import { queryOptions, useQuery } from '@tanstack/react-query'
import { ZPartyMember, ZPartyMemberEvent } from '@cr/shared/party/party-member'
import { z } from 'zod'
import { apiRequest } from '@/lib/api-client'
import { partyKeys } from './party-keys'

export const getMemberQueryOptions = (id: string) =>
  queryOptions({
    queryKey: partyKeys.member(id),
    queryFn: ({ signal }) =>
      apiRequest(`/party-members/${encodeURIComponent(id)}`, { signal }, ZPartyMember),
  })

export const useMember = (id: string) => useQuery(getMemberQueryOptions(id))

const ZHistory = z.object({ items: z.array(ZPartyMemberEvent) })

/** The dated steps of the member's life cycle (入党, 转正, 延长, 转出, 党费…). */
export const useMemberHistory = (id: string) =>
  useQuery({
    queryKey: partyKeys.history(id),
    queryFn: ({ signal }) =>
      apiRequest(`/party-members/${encodeURIComponent(id)}/history`, { signal }, ZHistory),
  })
