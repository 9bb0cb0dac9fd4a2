import { describe, expect, it } from 'vitest'
import {
  ZTransferLetterSerial,
  letterOnArrival,
  letterValidUntil,
  maxValidDays,
  transferLetterStatus,
} from './transfer-letter.ts'

const letter = { issuedOn: '2026-03-01', validDays: 30, receiptReturnedOn: null }
const status = (on: string, overrides: object = {}) => {
  const result = transferLetterStatus({ ...letter, ...overrides }, on)
  if (!result.ok) throw new Error(result.error)
  return result.value
}

describe('组织关系介绍信', () => {
  it('is valid on its last day and expired the day after', () => {
    expect(status('2026-03-31')).toEqual({
      status: 'valid',
      validUntil: '2026-03-31',
      daysLeft: 0,
      receivedLate: false,
    })
    expect(status('2026-04-01').status).toBe('expired')
  })

  it('is received from the day the 回执 comes back, even late', () => {
    expect(status('2026-03-14', { receiptReturnedOn: '2026-03-15' }).status).toBe('valid')
    expect(status('2026-03-15', { receiptReturnedOn: '2026-03-15' }).status).toBe('received')
    expect(status('2026-04-10', { receiptReturnedOn: '2026-04-05' })).toMatchObject({
      status: 'received',
      receivedLate: true,
    })
  })

  it('is valid for at most 3 months, counted to the corresponding day', () => {
    expect(maxValidDays('2026-03-01')).toBe(92)
    expect(maxValidDays('2026-11-30')).toBe(90) // to 28 February
    expect(letterValidUntil('2026-03-01', 92)).toEqual({ ok: true, value: '2026-06-01' })
    expect(letterValidUntil('2026-03-01', 93)).toEqual({
      ok: false,
      error: 'party_letter_validity_limit',
    })
    expect(letterValidUntil('2026-11-30', 91)).toEqual({
      ok: false,
      error: 'party_letter_validity_limit',
    })
    expect(letterValidUntil('2026-03-01', 0)).toEqual({
      ok: false,
      error: 'party_letter_validity_limit',
    })
  })

  it('normalises serial numbers and refuses what cannot be one', () => {
    expect(ZTransferLetterSerial.parse(' 组转〔２０２６〕 15号 ')).toBe('组转〔2026〕15号')
    expect(ZTransferLetterSerial.parse('2026-015')).toBe('2026-015')
    const bad = ZTransferLetterSerial.safeParse('第15号；请联系 138-0000-0000!')
    expect(bad.success).toBe(false)
    expect(bad.error?.issues[0]?.message).toBe(
      '介绍信编号只能包含数字、字母、汉字、短横线和括号，最多 32 个字符',
    )
    expect(ZTransferLetterSerial.safeParse('').success).toBe(false)
  })
})

describe('a letter on the day it reached this office', () => {
  it('is expired when received after its last valid day (issued 1 March, 30 days)', () => {
    const on = (receivedOn: string) => {
      const state = letterOnArrival({ issuedOn: '2026-03-01', validDays: 30, receivedOn })
      if (!state.ok) throw new Error(state.error)
      return state.value.status
    }
    expect(on('2026-03-31')).toBe('valid')
    expect(on('2026-04-01')).toBe('expired')
  })
})
