import { describe, expect, it } from 'vitest'
import { errorMessages } from './error-messages.ts'
import { errorCodeOfMessage } from './issue.ts'

describe('error messages', () => {
  it('has distinct Chinese texts, so a message identifies its code', () => {
    const texts = Object.values(errorMessages).map((m) => m.zh)
    expect(new Set(texts).size).toBe(texts.length)
    expect(errorCodeOfMessage('电话号码格式不正确')).toBe('phone_invalid')
  })

  it('has both languages for every code', () => {
    for (const [code, m] of Object.entries(errorMessages)) {
      expect(m.zh, code).toMatch(/[\u4e00-\u9fa5]/)
      expect(m.en, code).toMatch(/^[\x20-\x7e’]+$/)
    }
  })
})
