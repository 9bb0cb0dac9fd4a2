import { useMutation, useQueryClient } from '@tanstack/react-query'
import { ZBuilding } from '@cr/shared/places/building'
import { apiRequest } from '@/lib/api-client'
import { buildingKeys } from './place-keys'

export type TSetLeadersInput = { id: string; residentIds: string[]; idempotencyKey: string }

/** 楼长: replaces the building's leaders with these residents. */
export const setBuildingLeaders = ({ id, residentIds, idempotencyKey }: TSetLeadersInput) =>
  apiRequest(
    `/buildings/${encodeURIComponent(id)}/leaders`,
    { method: 'PUT', body: { residentIds }, idempotencyKey },
    ZBuilding,
  )

export const useSetBuildingLeaders = () => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: setBuildingLeaders,
    onSuccess: (building) => {
      queryClient.setQueryData(buildingKeys.detail(building.id), building)
      return queryClient.invalidateQueries({ queryKey: buildingKeys.all })
    },
  })
}
