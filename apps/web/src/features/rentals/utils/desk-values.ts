import { ZTemporaryResidentCreate } from '@cr/shared/rentals/temporary-resident'
import type { TResidenceReason } from '@cr/shared/rentals/rental-codes'
import { z } from 'zod'
import { emptyPlace, placeInput, type TPlaceValues } from './place-values'

/** A person pending registration the desk registers: the form starts with their name. */
export type TDeskPending = { id: string; name: string }

/** What the desk registration holds while it is filled in. */
export type TDeskValues = TPlaceValues & {
  person: { residentId: string | undefined; idNumber: string; name: string; phone: string }
  householdRegion: string
  movedInOn: string | null
  reason: TResidenceReason | undefined
  employer: string
  declaredOn: string | null
  /** The person pending registration (待登记) this registers, resolved with it. */
  pendingRegistrationId?: string
}

export const emptyDeskValues = (
  today: string,
  propertyId?: string,
  pending?: TDeskPending,
): TDeskValues => ({
  person: { residentId: undefined, idNumber: '', name: pending?.name ?? '', phone: '' },
  householdRegion: '',
  ...emptyPlace(propertyId),
  movedInOn: null,
  reason: undefined,
  employer: '',
  declaredOn: today,
  ...(pending ? { pendingRegistrationId: pending.id } : {}),
})

/**
 * The contract read from the desk form: a registered person by id, a new one by name, ID number
 * and phone; a rented dwelling, or a dwelling they stay in (with a household, a dormitory); blank text left out (户籍地 then comes from the ID number).
 */
export const ZDeskForm = z.preprocess((raw) => {
  const v = raw as TDeskValues
  const { person, lodging: _l, propertyId: _p, buildingId: _b, dwellingId: _d, ...rest } = v
  return {
    ...rest,
    ...placeInput(v),
    person: person.residentId
      ? { residentId: person.residentId }
      : { name: person.name.trim(), idNumber: person.idNumber, phone: person.phone },
    householdRegion: v.householdRegion.trim() || undefined,
    employer: v.employer.trim() || undefined,
  }
}, ZTemporaryResidentCreate)

export const deskFieldNames = [
  'person.residentId',
  'person.idNumber',
  'person.name',
  'person.phone',
  'householdRegion',
  'lodging',
  'propertyId',
  'dwellingId',
  'movedInOn',
  'reason',
  'employer',
  'declaredOn',
] as const
