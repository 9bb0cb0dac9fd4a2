import {
  normalizeIdNumber,
  parseIdNumber,
  type TIdNumber,
  type TIdNumberError,
} from '@cr/shared/validators/id-number'

export type TIdNumberFeedback =
  | { state: 'empty' }
  /** Still being typed: nothing to say yet. */
  | { state: 'typing' }
  | { state: 'invalid'; error: TIdNumberError }
  | { state: 'valid'; id: TIdNumber }

/**
 * What the ID-number field says while the clerk types. A number that is complete (18
 * characters) is judged at once — a wrong check digit is shown before the clerk moves on; a
 * character that can never be right (a letter, X in the middle) too. A shorter number is only
 * judged when the field is left (`final`). At 15 digits it may be an old number, or an 18-digit
 * one on its way: shown only when it is a valid old number.
 */
export const idNumberFeedback = (
  raw: string,
  final: boolean,
  today: Date = new Date(),
): TIdNumberFeedback => {
  if (!raw.trim()) return { state: 'empty' }
  const result = parseIdNumber(raw, today)
  if (result.ok) return { state: 'valid', id: result.id }
  if (final || result.error === 'id_number_scientific')
    return { state: 'invalid', error: result.error }
  const value = normalizeIdNumber(raw)
  if (/[^\dX]/.test(value) || /X./.test(value))
    return { state: 'invalid', error: 'id_number_format' }
  if (value.length > 18) return { state: 'invalid', error: 'id_number_length' }
  if (value.length === 18) return { state: 'invalid', error: result.error }
  return { state: 'typing' }
}
