import { describe, expect, it } from 'vitest'
import { isFullIdNumber, isIdNumberLike } from './id-number-text'

describe('isFullIdNumber', () => {
  it('recognises 18- and 15-character numbers as clerks type them', () => {
    expect(isFullIdNumber('370521199001011234')).toBe(true)
    expect(isFullIdNumber('37052119900101123x')).toBe(true)
    expect(isFullIdNumber('３７０５２１ 1990 0101 1234')).toBe(true)
    expect(isFullIdNumber('370521900101123')).toBe(true)
  })

  it('leaves names, last fours and phone numbers to the list search', () => {
    expect(isFullIdNumber('1234')).toBe(false)
    expect(isFullIdNumber('13812345678')).toBe(false)
    expect(isFullIdNumber('张三')).toBe(false)
    expect(isFullIdNumber('3705211990010112')).toBe(false)
  })
})

describe('isIdNumberLike', () => {
  it('catches whole and partial ID numbers, not phones or last fours', () => {
    expect(isIdNumberLike('37052119900101123')).toBe(true)
    expect(isIdNumberLike('370521199001011234')).toBe(true)
    expect(isIdNumberLike('370521 1990 01')).toBe(true)
    expect(isIdNumberLike('13812345678')).toBe(false)
    expect(isIdNumberLike('0546-2821234')).toBe(false)
    expect(isIdNumberLike('123X')).toBe(false)
    expect(isIdNumberLike('胜利路3号楼')).toBe(false)
  })
})
