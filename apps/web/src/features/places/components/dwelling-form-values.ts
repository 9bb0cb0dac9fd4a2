import { errorMessages } from '@cr/shared/common/error-messages'
import { ZDwellingCreate, ZDwellingUpdate, type TDwelling } from '@cr/shared/places/dwelling'
import { parseIdNumber } from '@cr/shared/validators/id-number'
import type { z } from 'zod'

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

/** The owner's ID number is checked here as the server will, so the clerk hears it at once. */
const checkOwnerId = (v: { ownerIdNumber?: string | null }, ctx: z.RefinementCtx) => {
  if (!v.ownerIdNumber) return
  const parsed = parseIdNumber(v.ownerIdNumber)
  if (!parsed.ok)
    ctx.addIssue({
      code: 'custom',
      path: ['ownerIdNumber'],
      message: errorMessages[parsed.error].zh,
      params: { code: parsed.error },
    })
}

export const ZDwellingCreateForm = ZDwellingCreate.superRefine(checkOwnerId)
export const ZDwellingEditForm = ZDwellingUpdate.required({ room: true }).superRefine(checkOwnerId)
