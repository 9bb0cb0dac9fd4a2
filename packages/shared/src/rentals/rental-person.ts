import { z } from 'zod'
import { messageFor } from '../common/issue.ts'
import { ZDateInput, ZId } from '../common/record.ts'
import { ZResidentCreate, ZSex } from '../residents/resident.ts'
import { ZOptionalIdNumber } from '../validators/id-number-field.ts'
import { ZOptionalPhone } from '../validators/phone.ts'

/**
 * A person a rental record names — landlord, agent, temporary resident: a registered person
 * (`residentId`), or a new one (name and ID number, checked by the registry's own contract,
 * `ZResidentCreate`: sex and birth date from the number, or agreeing with it). One identity per
 * person: the API registers a new one through the residents' createResident, and an ID number
 * already registered is a 409 at `<field>.idNumber` pointing at that person, never a second copy.
 */
export const ZPersonInput = z
  .object({
    residentId: ZId.optional().describe('A registered person; the other fields are then ignored'),
    name: z.string().trim().max(50).optional(),
    idNumber: ZOptionalIdNumber.optional(),
    sex: ZSex.optional(),
    birthDate: ZDateInput.optional(),
    phone: ZOptionalPhone,
  })
  .superRefine((person, ctx) => {
    if (person.residentId) return
    if (!person.name) ctx.addIssue(required('name'))
    if (!person.idNumber) ctx.addIssue(required('idNumber'))
    if (!person.name || !person.idNumber) return
    // The registry's own rules (sex and birth date against the number), at this object's paths.
    const checked = ZResidentCreate.safeParse({ ...person, committeeId: placeholderCommittee })
    if (!checked.success)
      for (const i of checked.error.issues)
        ctx.addIssue({
          code: 'custom',
          message: i.message,
          path: i.path,
          params: 'params' in i ? i.params : undefined,
        })
  })
  .meta({ id: 'PersonInput' })
export type TPersonInput = z.output<typeof ZPersonInput>

const placeholderCommittee = '00000000-0000-7000-8000-000000000000'

const required = (path: string) => ({
  code: 'custom' as const,
  path: [path],
  message: messageFor('rental_person_required'),
  params: { code: 'rental_person_required' },
})

/** A person as rental records show them: masked, as the residents list does. */
export const ZPersonRef = z
  .object({
    id: ZId,
    name: z.string(),
    idNumberMasked: z.string(),
    phoneMasked: z.string().nullable(),
    residence: z.enum(['here', 'elsewhere']).describe('here: lives in the community'),
  })
  .meta({ id: 'PersonRef' })
export type TPersonRef = z.infer<typeof ZPersonRef>
