import { nameBigrams } from './name-bigrams.ts'

const addressLike = /[路街巷道号楼室单元区村]/

/**
 * What the `q` filter of the resident list means, decided from its shape: the last four
 * characters of an ID number (or of a phone), a phone prefix, or a name fragment — by one of its
 * bigrams (resident_name_bigram) when it has two characters or more, else as a name prefix —
 * which may also be an address fragment of the current household's dwelling. residents.read.ts
 * turns each branch into SQL an index can serve.
 */
export type TResidentSearch =
  | { kind: 'last4'; text: string }
  | { kind: 'phonePrefix'; text: string }
  | { kind: 'name'; text: string; bigram: string | null; address: boolean }

export const parseResidentSearch = (q: string): TResidentSearch => {
  const text = q.trim()
  if (/^\d{3}[\dXx]$/.test(text)) return { kind: 'last4', text }
  if (/^\d{5,11}$/.test(text)) return { kind: 'phonePrefix', text }
  // Any one bigram finds every name containing the fragment; the LIKE re-check does the rest.
  const first = [...text].length >= 2 ? nameBigrams(text)[0] : undefined
  const bigram = first && [...first].length === 2 ? first : null
  return { kind: 'name', text, bigram, address: addressLike.test(text) }
}
