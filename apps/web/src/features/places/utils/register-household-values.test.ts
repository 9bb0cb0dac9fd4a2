import { describe, expect, it } from 'vitest'
import { composeIdNumber } from '@cr/shared/validators/id-number'
import { ZRegisterForm, emptyRegisterValues, emptyRow } from './register-household-values'

const head = '6f1c2a3b-1111-4222-8333-444455556666'

describe('the 登记住户 form', () => {
  it('sends each row with the fields of its kind, the new person’s number canonical', () => {
    const values = emptyRegisterValues()
    values.members[0]!.residentId = head
    const number = composeIdNumber('370521', '2008-03-15', 11)
    values.members.push({
      ...emptyRow('new', '20'),
      name: '张小伟',
      idNumber: ` ${number.toLowerCase()} `,
      residentId: 'left over from a switch',
    })
    const parsed = ZRegisterForm.parse(values)
    expect(parsed.members).toEqual([
      { kind: 'resident', residentId: head, relationship: '02' },
      { kind: 'new', name: '张小伟', idNumber: number, phone: null, relationship: '20' },
    ])
    expect(parsed.movedInOn).toBeUndefined()
  })

  it('names the row of a wrong ID number, and needs exactly one head', () => {
    const values = emptyRegisterValues()
    values.members[0]!.residentId = head
    values.members.push({ ...emptyRow('new', '02'), name: '王芳', idNumber: '37052120080315123' })
    const paths = (v: typeof values) =>
      ZRegisterForm.safeParse(v).error?.issues.map((i) => i.path.join('.'))
    expect(paths(values)).toEqual(['members.1.idNumber'])
    values.members[1]!.idNumber = composeIdNumber('370521', '1990-01-01', 12)
    expect(paths(values)).toEqual(['members'])
    values.members[1]!.relationship = '10'
    expect(paths(values)).toBeUndefined()
  })
})
