import type { TResidenceReason } from '@cr/shared/rentals/rental-codes'
import {
  ZTemporaryResidentUpdate,
  type TTemporaryResident,
} from '@cr/shared/rentals/temporary-resident'
import { z } from 'zod'

/** What 编辑登记 holds: the registration's details and its 居住证. */
export type TRegistrationValues = {
  householdRegion: string
  reason: TResidenceReason
  employer: string
  movedInOn: string | null
  permitNumber: string
  permitIssuedOn: string | null
  permitLastEndorsedOn: string | null
  notes: string
}

export const toRegistrationValues = (r: TTemporaryResident): TRegistrationValues => ({
  householdRegion: r.householdRegion ?? '',
  reason: r.reason,
  employer: r.employer ?? '',
  movedInOn: r.movedInOn,
  permitNumber: r.permit?.number ?? '',
  permitIssuedOn: r.permit?.issuedOn ?? null,
  permitLastEndorsedOn: r.permit?.lastEndorsedOn ?? null,
  notes: r.notes ?? '',
})

/** The change as the contract reads it: blank text and dates cleared (sent as null). */
export const ZRegistrationForm = z.preprocess((raw) => {
  const v = raw as TRegistrationValues
  return {
    householdRegion: v.householdRegion.trim() || null,
    reason: v.reason,
    employer: v.employer.trim() || null,
    movedInOn: v.movedInOn ?? undefined,
    permitNumber: v.permitNumber.trim() || null,
    permitIssuedOn: v.permitIssuedOn,
    permitLastEndorsedOn: v.permitLastEndorsedOn,
    notes: v.notes.trim() || null,
  }
}, ZTemporaryResidentUpdate)

export const registrationFieldNames = [
  'householdRegion',
  'reason',
  'employer',
  'movedInOn',
  'permitNumber',
  'permitIssuedOn',
  'permitLastEndorsedOn',
  'notes',
] as const
