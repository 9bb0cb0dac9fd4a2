import { maskPhone, normalizePhone } from '@cr/shared/validators/phone'
import { nameBigrams } from './name-bigrams.ts'

const addressLike = /[路街巷道号楼室单元区村]/

/**
 * What the `q` filter of the resident list means, decided from its shape: the last four
 * characters of an ID number (or of a phone), a whole phone number (found through its blind
 * index: phones are encrypted, so a part of one other than the last four finds nothing), a
 * run of digits that is neither (finds nothing), or a name fragment — by one of its
 * bigrams (resident_name_bigram) when it has two characters or more, else as a name prefix —
 * which may also be an address fragment of the current household's dwelling. residents.read.ts
 * turns each branch into SQL an index can serve.
 */
export type TResidentSearch =
  | { kind: 'last4'; text: string }
  | { kind: 'phone'; text: string; phone: string }
  | { kind: 'digits'; text: string }
  | { kind: 'name'; text: string; bigram: string | null; address: boolean }

export const parseResidentSearch = (q: string): TResidentSearch => {
  const text = q.trim()
  if (/^\d{3}[\dXx]$/.test(text)) return { kind: 'last4', text }
  const phone = /^[\d\s+()（）-]{7,}$/.test(text) ? normalizePhone(text) : null
  if (phone) return { kind: 'phone', text, phone }
  if (/^\d+$/.test(text)) return { kind: 'digits', text }
  // Any one bigram finds every name containing the fragment; the LIKE re-check does the rest.
  const first = [...text].length >= 2 ? nameBigrams(text)[0] : undefined
  const bigram = first && [...first].length === 2 ? first : null
  return { kind: 'name', text, bigram, address: addressLike.test(text) }
}

/**
 * The list query with the blind indexes of a whole phone number in `q`, under every index key in
 * use (a rotation may not have re-indexed every row yet; the read model's SQL compares them with
 * `phone_hash`; only the caller holds the keys).
 */
export const withPhoneIndex = <T extends { q?: string | undefined }>(
  query: T,
  blindIndexes: (value: string) => string[],
): T & { phoneHashes?: string[] } => {
  const search = query.q ? parseResidentSearch(query.q) : null
  return search?.kind === 'phone' ? { ...query, phoneHashes: blindIndexes(search.phone) } : query
}

/** `q` as an audit row may keep it: a whole phone number masked. */
export const maskedSearch = (q: string | undefined) => {
  const search = q ? parseResidentSearch(q) : null
  return search?.kind === 'phone' ? maskPhone(search.phone) : q
}
