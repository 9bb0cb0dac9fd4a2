import type { TLodgingKind } from '@cr/shared/rentals/rental-codes'

/** Where a temporary resident lives, as a form holds it (buildingId only narrows the dwellings). */
export type TPlaceValues = {
  lodging: TLodgingKind
  propertyId: string | undefined
  buildingId: string | undefined
  dwellingId: string | undefined
}

export const emptyPlace = (propertyId?: string): TPlaceValues => ({
  lodging: 'rented',
  propertyId,
  buildingId: undefined,
  dwellingId: undefined,
})

/** What the contract reads: a rental property when rented, else a registry dwelling. */
export const placeInput = (v: TPlaceValues) =>
  v.lodging === 'rented'
    ? { lodging: v.lodging, propertyId: v.propertyId ?? null, dwellingId: null }
    : { lodging: v.lodging, propertyId: null, dwellingId: v.dwellingId ?? null }

export const placeFieldNames = ['lodging', 'propertyId', 'dwellingId'] as const
