import { useQuery } from '@tanstack/react-query'
import { ZDuesRollReport } from '@cr/shared/party/party-reports'
import { apiRequest } from '@/lib/api-client'
import { partyKeys } from './party-keys'

/** 应交 / 实交 / 欠交 of an organisation (and its groups) for one month. */
export const useDuesRoll = (organizationId: string, month: string) =>
  useQuery({
    queryKey: partyKeys.dues(organizationId, month),
    queryFn: ({ signal }) =>
      apiRequest('/party-dues', { query: { organizationId, month }, signal }, ZDuesRollReport),
  })
