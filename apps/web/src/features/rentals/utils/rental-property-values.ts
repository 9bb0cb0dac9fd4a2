import type { TLessorDuty, TRentalUse } from '@cr/shared/rentals/rental-codes'
import { ZRentalPropertyCreate } from '@cr/shared/rentals/rental-property'
import { z } from 'zod'
import { emptyPerson, toPersonInput, type TPersonValues } from './person-values'

/** The letting's own fields, as both the registration and its edit hold them (`LettingFields`). */
export type TLettingValues = {
  use: TRentalUse
  rooms: number | null
  area: string
  allowedOccupants: number | null
  duties: TLessorDuty[]
  dutiesConfirmedOn: string | null
  notes: string
}

/** What the 登记出租房屋 dialog holds while it is filled in. */
export type TRentalPropertyValues = TLettingValues & {
  buildingId: string | undefined
  dwellingId: string | undefined
  landlord: TPersonValues
}

export const emptyRentalPropertyValues = (): TRentalPropertyValues => ({
  buildingId: undefined,
  dwellingId: undefined,
  landlord: emptyPerson('resident'),
  use: 'residential',
  rooms: null,
  area: '',
  allowedOccupants: null,
  duties: [],
  dutiesConfirmedOn: null,
  notes: '',
})

/** The contract read from the dialog: the landlord as its kind gives it, the building left out. */
export const ZRentalPropertyForm = z.preprocess((raw) => {
  const v = raw as TRentalPropertyValues
  const { buildingId: _b, landlord, ...rest } = v
  return { ...rest, landlord: toPersonInput(landlord) }
}, ZRentalPropertyCreate)

export const rentalPropertyFieldNames = [
  'dwellingId',
  'landlord.residentId',
  'landlord.name',
  'landlord.idNumber',
  'landlord.phone',
  'use',
  'rooms',
  'area',
  'allowedOccupants',
  'duties',
  'dutiesConfirmedOn',
  'notes',
] as const
