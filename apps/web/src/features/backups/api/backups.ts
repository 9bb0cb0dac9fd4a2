import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { ZBackup, ZBackupList } from '@cr/shared/backups/backups'
import { apiRequest } from '@/lib/api-client'

export const backupsKey = ['backups'] as const

export const useBackups = () =>
  useQuery({
    queryKey: backupsKey,
    queryFn: ({ signal }) => apiRequest('/backups', { signal }, ZBackupList),
  })

/** Makes a backup now (seconds for an office's database); the list is read again after. */
export const useCreateBackup = () => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: () => apiRequest('/backups', { method: 'POST' }, ZBackup),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: backupsKey }),
  })
}
