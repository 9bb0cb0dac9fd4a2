import { useMutation, useQueryClient } from '@tanstack/react-query'
import {
  ZHousehold,
  type THousehold,
  type ZHouseholdRelationshipCorrection,
} from '@cr/shared/households/household'
import type { z } from 'zod'
import { apiRequest } from '@/lib/api-client'
import { recordRoots } from '@/lib/record-keys'
import { householdKeys } from './household-keys'

export type TCorrectRelationshipInput = {
  householdId: string
  residentId: string
  /** The household's version the correction is based on (If-Match). */
  version: number
  data: z.output<typeof ZHouseholdRelationshipCorrection>
}

/** 更正关系: PATCH the membership's relationship, with the reason; If-Match on the household. */
export const correctRelationship = ({
  householdId,
  residentId,
  version,
  data,
}: TCorrectRelationshipInput) =>
  apiRequest(
    `/households/${encodeURIComponent(householdId)}/members/${encodeURIComponent(residentId)}`,
    { method: 'PATCH', body: data, ifMatch: version },
    ZHousehold,
  )

/** The household, its history and the residents' household (relationship) change. */
export const useCorrectRelationship = () => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: correctRelationship,
    onSuccess: (household: THousehold) => {
      queryClient.setQueryData(householdKeys.detail(household.id), household)
      return Promise.all(
        [recordRoots.households, recordRoots.residents, recordRoots.dwellings].map((queryKey) =>
          queryClient.invalidateQueries({ queryKey }),
        ),
      )
    },
  })
}
