import { useMutation, useQueryClient } from '@tanstack/react-query'
import { ZBuilding, type ZBuildingUpdate } from '@cr/shared/places/building'
import type { z } from 'zod'
import { apiRequest } from '@/lib/api-client'
import { placeRoots } from './place-keys'

export type TUpdateBuildingInput = {
  id: string
  version: number
  data: z.output<typeof ZBuildingUpdate>
}

/** PATCH with If-Match. The address changes, so dwellings and residents show it anew. */
export const updateBuilding = ({ id, version, data }: TUpdateBuildingInput) =>
  apiRequest(
    `/buildings/${encodeURIComponent(id)}`,
    { method: 'PATCH', body: data, ifMatch: version },
    ZBuilding,
  )

export const useUpdateBuilding = () => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: updateBuilding,
    onSuccess: () =>
      Promise.all(placeRoots.map((queryKey) => queryClient.invalidateQueries({ queryKey }))),
  })
}
