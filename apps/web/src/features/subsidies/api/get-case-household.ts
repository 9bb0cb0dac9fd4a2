import { useQuery } from '@tanstack/react-query'
import { ZHousehold } from '@cr/shared/households/household'
import { ZResident } from '@cr/shared/residents/resident'
import { apiRequest } from '@/lib/api-client'
import { recordRoots } from '@/lib/record-keys'

/**
 * The household an application is for, with its current members (the case's people are the
 * registry's, by id): given directly, or as the applicant's household.
 */
export const useCaseHousehold = (householdId: string | undefined, applicantId?: string) => {
  const applicant = useQuery({
    queryKey: [...recordRoots.residents, 'detail', applicantId ?? ''],
    queryFn: ({ signal }) =>
      apiRequest(`/residents/${encodeURIComponent(applicantId!)}`, { signal }, ZResident),
    enabled: !householdId && Boolean(applicantId),
  })
  const id = householdId ?? applicant.data?.household?.id
  const household = useQuery({
    queryKey: [...recordRoots.households, 'detail', id ?? ''],
    queryFn: ({ signal }) =>
      apiRequest(`/households/${encodeURIComponent(id!)}`, { signal }, ZHousehold),
    enabled: Boolean(id),
  })
  return { applicant, household, householdless: applicant.isSuccess && !id }
}
