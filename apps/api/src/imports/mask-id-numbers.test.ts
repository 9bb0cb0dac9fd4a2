import { composeIdNumber } from '@cr/shared/validators/id-number'
import { describe, expect, it } from 'vitest'
import { maskIdNumbersIn } from './mask-id-numbers.ts'

const id = composeIdNumber('370521', '1965-03-15', 123)
const x = '11010519491231002X'
const fullWidth = (text: string) =>
  text.replace(/[0-9X]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0))

describe('maskIdNumbersIn', () => {
  it('masks every valid number in a text, whatever its width or the case of its x', () => {
    expect(maskIdNumbersIn(`配偶 ${id}，子女${x.toLowerCase()}。`)).toBe(
      `配偶 370521********${id.slice(-4)}，子女110105********002X。`,
    )
    expect(maskIdNumbersIn(fullWidth(id))).toBe(`370521********${id.slice(-4)}`)
    expect(maskIdNumbersIn(id)).not.toContain(id.slice(0, 17))
  })

  it('masks a foreigner’s older permanent-residence number (3 letters, 12 digits)', () => {
    expect(maskIdNumbersIn('配偶 USA110085062001。')).toBe('配偶 USA110*****2001。')
    expect(maskIdNumbersIn('XUSA110085062001')).toBe('XUSA110085062001')
  })

  it('leaves other long numbers alone: a wrong check character, a longer run of digits', () => {
    const wrong = id.slice(0, 17) + (id[17] === '0' ? '1' : '0')
    expect(maskIdNumbersIn(wrong)).toBe(wrong)
    expect(maskIdNumbersIn(`6222${id}`)).toBe(`6222${id}`)
    expect(maskIdNumbersIn('13800138000')).toBe('13800138000')
  })
})
