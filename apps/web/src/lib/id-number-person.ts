import { parseIdNumber } from '@cr/shared/validators/id-number'

/**
 * The sex and birth date an ID number says once all 18 characters are typed and valid (the
 * shared parser, as the API reads it); the older foreign permanent-residence numbers say no sex.
 */
export const idNumberPerson = (idNumber: string) => {
  const parsed = idNumber.replace(/\s/g, '').length === 18 ? parseIdNumber(idNumber) : null
  if (!parsed?.ok) return null
  const { sex, birthDate } = parsed.id
  return {
    idNumber: parsed.id.value,
    sex: sex === null ? null : sex === 'male' ? ('1' as const) : ('2' as const),
    birthDate,
  }
}
