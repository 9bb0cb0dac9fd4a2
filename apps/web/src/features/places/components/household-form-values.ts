import { ZHouseholdCreate } from '@cr/shared/households/household'
import { z } from 'zod'
import { ZOptionalFormDate } from '@/lib/form-date'

/** What the 立户 form holds while it is filled in. */
export type THouseholdFormValues = {
  headResidentId: string | undefined
  members: { residentId: string | undefined; relationship: string | null }[]
  movedInOn: string | null
}

export const emptyHouseholdValues: THouseholdFormValues = {
  headResidentId: undefined,
  members: [],
  movedInOn: null,
}

const { headResidentId, members } = ZHouseholdCreate.shape

/** The contract's fields; a blank date means today (the server's default). */
export const ZHouseholdForm = z.object({
  headResidentId,
  members,
  movedInOn: ZOptionalFormDate,
})

/** Field paths a problem may name, for the current number of member rows. */
export const householdFieldNames = (memberCount: number): string[] => [
  'headResidentId',
  'members',
  'movedInOn',
  ...Array.from({ length: memberCount }, (_, i) => [
    `members.${i}.residentId`,
    `members.${i}.relationship`,
  ]).flat(),
]
