import { describe, expect, it } from 'vitest'
import { ZIdNumber, ZOptionalIdNumber } from './id-number-field.ts'

const issuesOf = (result: { success: boolean; error?: { issues: unknown[] } }) =>
  result.error?.issues as { code: string; params?: { code: string }; message: string }[]

describe('ZIdNumber', () => {
  it('answers the canonical 18 characters of a number typed as clerks type it', () => {
    expect(ZIdNumber.parse(' １１０１０５１９４９１２３１００２x ')).toBe('11010519491231002X')
    expect(ZIdNumber.parse('110105491231002')).toBe('11010519491231002X')
  })

  it('refuses a wrong number with its stable code and the Chinese message', () => {
    const [issue] = issuesOf(ZIdNumber.safeParse('110105194912310021'))
    expect(issue).toMatchObject({
      params: { code: 'id_number_check_digit' },
      message: '身份证号校验位错误，请核对每一位',
    })
    expect(ZIdNumber.safeParse('').success).toBe(false)
    expect(ZIdNumber.safeParse('3.70521E+17').error?.issues[0]).toMatchObject({
      params: { code: 'id_number_scientific' },
    })
  })
})

describe('ZOptionalIdNumber', () => {
  it('takes blank as none and checks anything else as ZIdNumber does', () => {
    expect(ZOptionalIdNumber.parse('')).toBeNull()
    expect(ZOptionalIdNumber.parse('  ')).toBeNull()
    expect(ZOptionalIdNumber.parse(null)).toBeNull()
    expect(ZOptionalIdNumber.parse(undefined)).toBeNull()
    expect(ZOptionalIdNumber.parse('11010519491231002x')).toBe('11010519491231002X')
    expect(issuesOf(ZOptionalIdNumber.safeParse('1101051949'))[0]?.params).toEqual({
      code: 'id_number_length',
    })
  })
})
