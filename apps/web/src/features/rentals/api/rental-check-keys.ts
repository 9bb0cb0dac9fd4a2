import type { TPendingSearch } from '../utils/pending-search'
import { rentalKeys } from './rental-keys'

/**
 * Query keys of inspections, people pending registration, the registration rate and the
 * reminders: under the rentals' root, so any rental write (a desk registration resolves a pending
 * person and changes the rate) invalidates them with the rest.
 */
export const rentalCheckKeys = {
  inspections: (propertyId: string) => [...rentalKeys.all, 'inspections', propertyId] as const,
  propertyPending: (propertyId: string) =>
    [...rentalKeys.all, 'property-pending', propertyId] as const,
  pending: (search: TPendingSearch) => [...rentalKeys.all, 'pending', search] as const,
  rate: (asOf: string) => [...rentalKeys.all, 'registration-rate', asOf] as const,
  reminders: () => [...rentalKeys.all, 'reminders'] as const,
}
