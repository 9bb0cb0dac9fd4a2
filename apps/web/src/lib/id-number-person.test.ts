import { describe, expect, it } from 'vitest'
import { composeIdNumber } from '@cr/shared/validators/id-number'
import { idNumberPerson } from './id-number-person'

describe('what a new person’s ID number says (idNumberPerson)', () => {
  it('is the sex and birth date once the number is whole and valid, nothing before', () => {
    const number = composeIdNumber('370521', '2012-06-01', 12)
    expect(idNumberPerson(number)).toEqual({ idNumber: number, sex: '2', birthDate: '2012-06-01' })
    expect(idNumberPerson(number.slice(0, 17))).toBeNull()
    expect(idNumberPerson(number.slice(0, 15))).toBeNull() // not an old 15-digit number yet
    expect(idNumberPerson(`${number.slice(0, 17)}${number.endsWith('0') ? '1' : '0'}`)).toBeNull()
  })
})
