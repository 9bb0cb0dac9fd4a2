import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import {
  ZMeetingCompliance,
  ZPartyMeeting,
  ZPartyMeetingPage,
  type ZPartyMeetingCreate,
} from '@cr/shared/party/party-meeting'
import type { z } from 'zod'
import { apiRequest } from '@/lib/api-client'
import { partyKeys } from './party-keys'

/** The newest meetings of an organisation and everything under it (one page of 50). */
export const useMeetings = (organizationId: string) =>
  useQuery({
    queryKey: partyKeys.meetings(organizationId),
    queryFn: ({ signal }) =>
      apiRequest(
        '/party-meetings',
        { query: { organizationId, limit: 50 }, signal },
        ZPartyMeetingPage,
      ),
  })

/** One meeting: its attendance with absence reasons and its minutes (the 会议记录 to print). */
export const useMeeting = (id: string) =>
  useQuery({
    queryKey: partyKeys.meeting(id),
    queryFn: ({ signal }) =>
      apiRequest(`/party-meetings/${encodeURIComponent(id)}`, { signal }, ZPartyMeeting),
  })

/** Required against held meetings, per type, in a quarter (`2026Q4`). */
export const useCompliance = (organizationId: string, period: string) =>
  useQuery({
    queryKey: partyKeys.compliance(organizationId, period),
    queryFn: ({ signal }) =>
      apiRequest(
        '/party-meetings/compliance',
        { query: { organizationId, period }, signal },
        ZMeetingCompliance,
      ),
  })

export const useCreateMeeting = () => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({
      data,
      idempotencyKey,
    }: {
      data: z.input<typeof ZPartyMeetingCreate>
      idempotencyKey: string
    }) =>
      apiRequest('/party-meetings', { method: 'POST', body: data, idempotencyKey }, ZPartyMeeting),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: partyKeys.all }),
  })
}
