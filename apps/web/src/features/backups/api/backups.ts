import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { ZBackup, ZBackupList, ZFieldKeysFile } from '@cr/shared/backups/backups'
import { apiRequest } from '@/lib/api-client'
import { saveFile } from '@/lib/save-file'

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

/**
 * The one-time export of the field keys (the administrator's password again): the file is
 * handed to the browser as field-keys.json and never kept in the page's memory after.
 */
export const useExportFieldKeys = () => {
  const queryClient = useQueryClient()
  return useMutation({
    // No Idempotency-Key: the server never keeps the keys to replay them, so a retry is
    // answered 409 (exported) rather than with an empty file.
    mutationFn: async ({ password }: { password: string }) => {
      const file = await apiRequest(
        '/backups/field-keys',
        { method: 'POST', body: { password } },
        ZFieldKeysFile,
      )
      saveJson('field-keys.json', file)
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: backupsKey }),
  })
}

const saveJson = (name: string, value: unknown) =>
  saveFile(name, new Blob([`${JSON.stringify(value, null, 2)}\n`], { type: 'application/json' }))
