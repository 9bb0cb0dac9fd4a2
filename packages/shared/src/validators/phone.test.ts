import { describe, expect, it } from 'vitest'
import { ZOptionalPhone, maskPhone, normalizePhone } from './phone.ts'

describe('phone numbers', () => {
  it.each([
    ['138 0013 8000', '13800138000'],
    ['+86 138-0013-8000', '13800138000'],
    ['１３８００１３８０００', '13800138000'],
    ['0546-8221234', '0546-8221234'],
    ['０５４６－８２２１２３４', '0546-8221234'],
    ['05468221234', '0546-8221234'],
    ['0546-8221234-802', '0546-8221234-802'],
    ['8221234', '8221234'],
  ])('normalises %s', (raw, expected) => {
    expect(normalizePhone(raw)).toBe(expected)
  })

  it.each(['12345', '2380013800', 'abc', '138001380001'])('refuses %s', (raw) => {
    expect(normalizePhone(raw)).toBeNull()
  })

  it('masks mobiles and landlines', () => {
    expect(maskPhone('13812345678')).toBe('138****5678')
    expect(maskPhone('0546-8221234')).toBe('0546-****1234')
  })

  it('treats blank as none and reports the stable code for garbage', () => {
    expect(ZOptionalPhone.parse('  ')).toBeNull()
    expect(ZOptionalPhone.parse(undefined)).toBeNull()
    const result = ZOptionalPhone.safeParse('12')
    expect(result.success).toBe(false)
    expect(result.error?.issues[0]).toMatchObject({
      message: '电话号码格式不正确',
      params: { code: 'phone_invalid' },
    })
  })
})
