import { parseIdNumber } from '@cr/shared/validators/id-number'

/** A person a rental form names: a registered person found by search, or a new one typed in. */
export type TPersonValues = {
  kind: 'resident' | 'new'
  residentId: string | undefined
  name: string
  idNumber: string
  phone: string
}

export const emptyPerson = (kind: TPersonValues['kind'] = 'resident'): TPersonValues => ({
  kind,
  residentId: undefined,
  name: '',
  idNumber: '',
  phone: '',
})

/** The person as the contract (`ZPersonInput`) takes it: only the fields of its kind. */
export const toPersonInput = (p: TPersonValues) =>
  p.kind === 'resident'
    ? { residentId: p.residentId }
    : { name: p.name.trim(), idNumber: p.idNumber, phone: p.phone }

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
