import { useMutation, useQueryClient } from '@tanstack/react-query'
import { ZImportJob, type TImportJob } from '@cr/shared/imports/import-job'
import { apiRequest } from '@/lib/api-client'
import { recordRoots } from '@/lib/record-keys'
import { importKeys } from './import-keys'

/** `POST /imports/:id/<action>`: answers with the job (queued again, or undone). */
export const postJobAction = (id: string, action: string, body?: unknown) =>
  apiRequest(
    `/imports/${encodeURIComponent(id)}/${action}`,
    { method: 'POST', body: body ?? {} },
    ZImportJob,
  )

/** A job action's mutation: the answer replaces the job shown, so polling picks up from it. */
export const useJobAction = <TInput>(mutationFn: (input: TInput) => Promise<TImportJob>) => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn,
    onSuccess: async (job) => {
      queryClient.setQueryData(importKeys.detail(job.id), job)
      await queryClient.invalidateQueries({ queryKey: importKeys.lists() })
      if (job.status === 'undone')
        await Promise.all(
          Object.values(recordRoots).map((queryKey) => queryClient.invalidateQueries({ queryKey })),
        )
    },
  })
}
