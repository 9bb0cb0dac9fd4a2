import { useQueryClient } from '@tanstack/react-query'
import type { TImportJob } from '@cr/shared/imports/import-job'
import { useEffect, useRef } from 'react'
import { recordRoots } from '@/lib/record-keys'
import { importKeys } from '../api/import-keys'

/**
 * When a run ends, the job list shows the new state; when a commit ends, the registry's lists
 * (residents, places, households) read the imported records instead of what they had cached.
 */
export const useJobSettled = (job: TImportJob | undefined) => {
  const queryClient = useQueryClient()
  const previous = useRef(job?.status)
  const status = job?.status
  useEffect(() => {
    const before = previous.current
    previous.current = status
    if (!status || before === status || before === undefined) return
    void queryClient.invalidateQueries({ queryKey: importKeys.lists() })
    if (status === 'committed' || status === 'undone')
      for (const queryKey of Object.values(recordRoots))
        void queryClient.invalidateQueries({ queryKey })
  }, [status, queryClient])
}
