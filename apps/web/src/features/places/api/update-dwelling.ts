import { useMutation, useQueryClient } from '@tanstack/react-query'
import { ZDwelling, type ZDwellingUpdate } from '@cr/shared/places/dwelling'
import type { z } from 'zod'
import { apiRequest } from '@/lib/api-client'
import { placeRoots } from './place-keys'

export type TUpdateDwellingInput = {
  id: string
  version: number
  data: z.output<typeof ZDwellingUpdate>
}

/** PATCH with If-Match. A new unit or room changes the address residents are shown with. */
export const updateDwelling = ({ id, version, data }: TUpdateDwellingInput) =>
  apiRequest(
    `/dwellings/${encodeURIComponent(id)}`,
    { method: 'PATCH', body: data, ifMatch: version },
    ZDwelling,
  )

export const useUpdateDwelling = () => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: updateDwelling,
    onSuccess: () =>
      Promise.all(placeRoots.map((queryKey) => queryClient.invalidateQueries({ queryKey }))),
  })
}
