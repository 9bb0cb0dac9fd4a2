import { ZDwellingCreate, ZDwellingUpdate, type TDwelling } from '@cr/shared/places/dwelling'

type TUse = TDwelling['use']

/** What the dwelling form holds while it is filled in. */
export type TDwellingFormValues = {
  buildingId: string | undefined
  unit: string
  room: string
  area: string
  use: TUse
  ownerResidentId: string | null
  ownerName: string
  ownerIdNumber: string
}

export const dwellingFieldNames = [
  'buildingId',
  'unit',
  'room',
  'area',
  'use',
  'ownerResidentId',
  'ownerName',
  'ownerIdNumber',
] as const

export const emptyDwellingValues = (buildingId: string | undefined): TDwellingFormValues => ({
  buildingId,
  unit: '',
  room: '',
  area: '',
  use: 'owner_occupied',
  ownerResidentId: null,
  ownerName: '',
  ownerIdNumber: '',
})

/** The edit form never holds the owner's full ID number: blank keeps the stored one. */
export const toDwellingFormValues = (d: TDwelling): TDwellingFormValues => ({
  buildingId: d.building.id,
  unit: d.unit ?? '',
  room: d.room,
  area: d.area ?? '',
  use: d.use,
  ownerResidentId: d.owner.resident?.id ?? null,
  ownerName: d.owner.name ?? '',
  ownerIdNumber: '',
})

/** The contract's schemas; the owner's ID number is checked by them (`ZOptionalIdNumber`). */
export const ZDwellingCreateForm = ZDwellingCreate
export const ZDwellingEditForm = ZDwellingUpdate.required({ room: true })
