import { recordRoots } from '@/lib/record-keys'
import type { TRentalsSearch } from '../utils/rental-search'
import type { TTemporaryResidentsSearch } from '../utils/temporary-resident-search'

/**
 * Query keys of rental properties, their contracts and temporary residents, under one root:
 * a contract or a registration changes the property's status and occupant count, so every
 * write invalidates `all`.
 */
export const rentalKeys = {
  all: recordRoots.rentals,
  properties: (search: TRentalsSearch) => [...rentalKeys.all, 'properties', search] as const,
  property: (id: string) => [...rentalKeys.all, 'property', id] as const,
  contracts: (propertyId: string) => [...rentalKeys.all, 'contracts', propertyId] as const,
  contract: (id: string) => [...rentalKeys.all, 'contract', id] as const,
  occupants: (propertyId: string) => [...rentalKeys.all, 'occupants', propertyId] as const,
  temporaryResidents: (search: TTemporaryResidentsSearch) =>
    [...rentalKeys.all, 'temporary-residents', search] as const,
  propertyOptions: (q: string) => [...rentalKeys.all, 'property-options', q] as const,
  temporaryResident: (id: string) => [...rentalKeys.all, 'temporary-resident', id] as const,
  temporaryResidentEvents: (id: string) =>
    [...rentalKeys.all, 'temporary-resident-events', id] as const,
}

/** What a rental write can change besides its own records: residents (a new person), dwellings. */
export const rentalWriteRoots = [recordRoots.rentals, recordRoots.residents] as const
