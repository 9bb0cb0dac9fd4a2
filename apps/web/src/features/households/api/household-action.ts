import { useMutation, useQueryClient } from '@tanstack/react-query'
import { ZHousehold, type THousehold } from '@cr/shared/households/household'
import { apiRequest } from '@/lib/api-client'
import { recordRoots } from '@/lib/record-keys'
import { householdKeys } from './household-keys'

export type THouseholdActionInput<T> = { id: string; data: T; idempotencyKey: string }

/** POST /households/:id/<verb>: a dated step; the answer is the updated household. */
export const postHouseholdAction = <T>(verb: string, input: THouseholdActionInput<T>) =>
  apiRequest(
    `/households/${encodeURIComponent(input.id)}/${verb}`,
    { method: 'POST', body: input.data, idempotencyKey: input.idempotencyKey },
    ZHousehold,
  )

/**
 * A household step changes the household (and, for a transfer, another one), its history, the
 * residents' household and the dwellings' occupant counts: all of them are refreshed.
 */
export const useHouseholdAction = <T>(verb: string) => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (input: THouseholdActionInput<T>) => postHouseholdAction(verb, input),
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
