import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { ZLifeEventCreate } from '@cr/shared/residents/life-event'
import { ZResident, type TResident } from '@cr/shared/residents/resident'
import type { z } from 'zod'
import { apiRequest } from '@/lib/api-client'
import { recordRoots } from '@/lib/record-keys'
import { residentKeys } from './resident-keys'

export type TRecordLifeEventInput = {
  id: string
  data: z.output<typeof ZLifeEventCreate>
  idempotencyKey: string
}

/** 登记变动: POST /residents/:id/life-events; the answer is the resident as they now are. */
export const recordLifeEvent = ({ id, data, idempotencyKey }: TRecordLifeEventInput) =>
  apiRequest(
    `/residents/${encodeURIComponent(id)}/life-events`,
    { method: 'POST', body: data, idempotencyKey },
    ZResident,
  )

/**
 * A life event changes the person (status, household), their history, the lists and pickers
 * that count the current population, and the household and dwelling they left: all refreshed.
 */
export const useRecordLifeEvent = () => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: recordLifeEvent,
    onSuccess: (resident: TResident) => {
      queryClient.setQueryData(residentKeys.detail(resident.id), resident)
      return Promise.all(
        [recordRoots.residents, recordRoots.households, recordRoots.dwellings].map((queryKey) =>
          queryClient.invalidateQueries({ queryKey }),
        ),
      )
    },
  })
}
