import { useMutation, useQueryClient } from '@tanstack/react-query'
import { ZSettings, type ZSettingsUpdate } from '@cr/shared/settings/settings'
import type { z } from 'zod'
import { apiRequest } from '@/lib/api-client'
import { meQueryKey } from '@/lib/auth'
import { settingsKey } from './get-settings'

export type TUpdateSettingsInput = { version: number; data: z.input<typeof ZSettingsUpdate> }

export const updateSettings = ({ version, data }: TUpdateSettingsInput) =>
  apiRequest('/settings', { method: 'PATCH', body: data, ifMatch: version }, ZSettings)

export const useUpdateSettings = () => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: updateSettings,
    onSuccess: (settings) => {
      queryClient.setQueryData(settingsKey, settings)
      // `me.passwordPolicy` drives the live password checks.
      return queryClient.invalidateQueries({ queryKey: meQueryKey })
    },
  })
}
