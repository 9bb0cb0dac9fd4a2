import { composeIdNumber } from '@cr/shared/validators/id-number'
import { describe, expect, it } from 'vitest'
import { idNumberFeedback } from './id-number-feedback'

const today = new Date('2026-06-01T00:00:00Z')
const valid = composeIdNumber('370521', '1990-01-01', 123)
const wrongCheck = valid.slice(0, 17) + (valid[17] === '0' ? '1' : '0')

describe('idNumberFeedback', () => {
  it('derives sex and birth date from a valid number', () => {
    const feedback = idNumberFeedback(valid, false, today)
    expect(feedback).toMatchObject({
      state: 'valid',
      id: { sex: 'male', birthDate: '1990-01-01' },
    })
  })

  it('says a wrong check digit as soon as the 18th character is typed', () => {
    expect(idNumberFeedback(wrongCheck, false, today)).toEqual({
      state: 'invalid',
      error: 'id_number_check_digit',
    })
  })

  it('stays quiet while a number is being typed, and speaks when the field is left', () => {
    expect(idNumberFeedback('3705211990', false, today)).toEqual({ state: 'typing' })
    expect(idNumberFeedback('3705211990', true, today)).toEqual({
      state: 'invalid',
      error: 'id_number_length',
    })
  })

  it('flags characters that can never be right at once', () => {
    expect(idNumberFeedback('3705A1', false, today)).toMatchObject({ error: 'id_number_format' })
    expect(idNumberFeedback('3705X1', false, today)).toMatchObject({ error: 'id_number_format' })
    expect(idNumberFeedback('3.70521E+17', false, today)).toMatchObject({
      error: 'id_number_scientific',
    })
  })

  it('does not flag the 15 first digits of an 18-digit number as an old number', () => {
    expect(idNumberFeedback(valid.slice(0, 15), false, today)).toEqual({ state: 'typing' })
  })

  it('accepts a valid 15-digit old number', () => {
    expect(idNumberFeedback('370521900101123', false, today)).toMatchObject({
      state: 'valid',
      id: { upgraded: true, birthDate: '1990-01-01' },
    })
  })
})
