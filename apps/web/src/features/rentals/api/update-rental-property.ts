import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { ZRentalProperty, type ZRentalPropertyUpdate } from '@cr/shared/rentals/rental-property'
import type { z } from 'zod'
import { apiRequest } from '@/lib/api-client'
import { editSnapshot } from '@/lib/query-client'
import { getRentalPropertyQueryOptions } from './get-rental-property'
import { rentalWriteRoots } from './rental-keys'

/** Fetched fresh before editing: the form's If-Match must be the current version. */
export const useRentalPropertyForEdit = (id: string) =>
  useQuery({ ...getRentalPropertyQueryOptions(id), ...editSnapshot })

export type TUpdateRentalPropertyInput = {
  id: string
  version: number
  data: z.output<typeof ZRentalPropertyUpdate>
}

/** PATCH with If-Match: the letting's details and its agent (a new agent is registered once). */
export const updateRentalProperty = ({ id, version, data }: TUpdateRentalPropertyInput) =>
  apiRequest(
    `/rental-properties/${encodeURIComponent(id)}`,
    { method: 'PATCH', body: data, ifMatch: version },
    ZRentalProperty,
  )

export const useUpdateRentalProperty = () => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: updateRentalProperty,
    onSuccess: () =>
      Promise.all(rentalWriteRoots.map((queryKey) => queryClient.invalidateQueries({ queryKey }))),
  })
}
