import { useQuery } from '@tanstack/react-query'
import { ZResident } from '@cr/shared/residents/resident'
import { z } from 'zod'
import { apiRequest } from '@/lib/api-client'
import type { TPrintSelection } from '@/lib/print-selection'
import { residentKeys } from './resident-keys'

const ZSelectedResidents = z.object({ items: z.array(ZResident) })

/** 打印所选: the selected residents in the list's sort (`POST /residents/selection`). */
export const useSelectedResidents = (selection: TPrintSelection | null) =>
  useQuery({
    queryKey: [...residentKeys.all, 'selection', selection] as const,
    queryFn: ({ signal }) =>
      apiRequest(
        '/residents/selection',
        { method: 'POST', body: selection, signal },
        ZSelectedResidents,
      ),
    enabled: selection !== null,
  })
