import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import {
  ZTemporaryResident,
  type ZTemporaryResidentUpdate,
} from '@cr/shared/rentals/temporary-resident'
import type { z } from 'zod'
import { apiRequest } from '@/lib/api-client'
import { editSnapshot } from '@/lib/query-client'
import { getTemporaryResidentQueryOptions } from './get-temporary-resident'
import { rentalWriteRoots } from './rental-keys'

/** Fetched fresh before editing: the form's If-Match must be the current version. */
export const useTemporaryResidentForEdit = (id: string) =>
  useQuery({ ...getTemporaryResidentQueryOptions(id), ...editSnapshot })

export type TUpdateTemporaryResidentInput = {
  id: string
  version: number
  data: z.output<typeof ZTemporaryResidentUpdate>
}

/** PATCH with If-Match: 户籍地, reason, employer, the move-in date, 居住证 and notes. */
export const updateTemporaryResident = ({ id, version, data }: TUpdateTemporaryResidentInput) =>
  apiRequest(
    `/temporary-residents/${encodeURIComponent(id)}`,
    { method: 'PATCH', body: data, ifMatch: version },
    ZTemporaryResident,
  )

export const useUpdateTemporaryResident = () => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: updateTemporaryResident,
    onSuccess: () =>
      Promise.all(rentalWriteRoots.map((queryKey) => queryClient.invalidateQueries({ queryKey }))),
  })
}
