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
