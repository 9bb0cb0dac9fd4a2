import { useQuery } from '@tanstack/react-query'
import { ZPartyReminders } from '@cr/shared/party/party-reports'
import { apiRequest } from '@/lib/api-client'
import { partyKeys } from './party-keys'

/** Probations ending, letters outstanding, arrears and meeting quotas at risk, as of today. */
export const useReminders = (enabled: boolean) =>
  useQuery({
    queryKey: partyKeys.reminders(),
    queryFn: ({ signal }) => apiRequest('/party-reminders', { signal }, ZPartyReminders),
    enabled,
  })
