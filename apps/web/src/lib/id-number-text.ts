import { normalizeIdNumber } from '@cr/shared/validators/half-width'

/**
 * Whether a search text is a whole ID number (18 characters, or a 15-digit old one) rather than
 * the last four digits or a name. A whole number must never go into a URL: it is looked up with
 * `POST /residents/search` instead.
 */
export const isFullIdNumber = (text: string): boolean => {
  const value = normalizeIdNumber(text)
  return /^\d{17}[\dX]$/.test(value) || /^\d{15}$/.test(value)
}

/**
 * Whether a text is (part of) an ID number: twelve or more digits, longer than any phone the
 * list search knows. Seventeen digits give the whole number away (the last is a checksum), so
 * such text is never put into a URL either, whole or not.
 */
export const isIdNumberLike = (text: string): boolean => /^\d{12,}X?$/.test(normalizeIdNumber(text))
