import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { ZDate, ZDateInput, maxDate, minDate, optionalText, updateOf } from './record.ts'

const codes = (value: unknown) => {
  const result = ZDateInput.safeParse(value)
  return result.success ? [] : result.error.issues.map((i) => i.message)
}

describe('dates a client sends', () => {
  it('are real days from 1800-01-01 to 2199-12-31', () => {
    expect([minDate, maxDate]).toEqual(['1800-01-01', '2199-12-31'])
    for (const ok of ['1800-01-01', '1949-10-01', '2024-02-29', '2199-12-31'])
      expect(codes(ok), ok).toEqual([])
  })

  it('outside that range get one stable code, not a database error', () => {
    for (const far of ['0000-01-01', '0001-01-01', '1799-12-31', '2200-01-01', '9999-12-31'])
      expect(codes(far), far).toEqual(['日期超出可登记的范围（1800 年至 2199 年）'])
  })

  it('that are not dates fail the format only', () => {
    expect(codes('2023-02-29')).toHaveLength(1)
    expect(codes('tomorrow')).toHaveLength(1)
    expect(codes('tomorrow')).not.toContain('日期超出可登记的范围（1800 年至 2199 年）')
  })

  it('are only bounded on the way in: an answer shows whatever date is stored', () => {
    expect(ZDate.safeParse('0201-07-01').success).toBe(true)
  })
})

describe('updateOf', () => {
  const ZCreate = z.object({
    name: z.string().min(1),
    active: z.boolean().default(true),
    tags: z.array(z.string()).default([]),
    codes: z
      .array(z.string())
      .default([])
      .transform((a) => [...new Set(a)]),
    notes: optionalText(10),
  })
  const ZUpdate = updateOf(ZCreate)

  it('leaves out what a change leaves out: no default comes back', () => {
    expect(ZUpdate.parse({})).toEqual({})
    expect(ZUpdate.parse({ notes: '' })).toEqual({ notes: null })
    expect(ZUpdate.parse({ active: false, tags: ['a'] })).toEqual({ active: false, tags: ['a'] })
  })

  it('drops a default under a transform too, and still transforms what is given', () => {
    expect(ZUpdate.parse({ notes: 'x' })).toEqual({ notes: 'x' })
    expect(ZUpdate.parse({ codes: ['a', 'a'] })).toEqual({ codes: ['a'] })
  })

  it('checks what is given as the create schema does', () => {
    expect(ZUpdate.safeParse({ name: '' }).success).toBe(false)
    expect(ZUpdate.safeParse({ active: 'yes' }).success).toBe(false)
  })
})
