import { ZCommitteeCreate } from '@cr/shared/committees/committee'
import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { createZodErrorMap, localizeSharedMessage } from './zod-errors'

describe('form validation messages', () => {
  it('says blank and too short in plain words', () => {
    const map = createZodErrorMap((key, params) => `${key}${params ? JSON.stringify(params) : ''}`)
    const result = ZCommitteeCreate.safeParse({ name: 'a', code: '' }, { error: map })
    expect(result.success).toBe(false)
    // The resolver shows the first issue of each field, as here.
    const messages: Record<string, string> = {}
    for (const issue of result.error!.issues) messages[issue.path.join('.')] ??= issue.message
    expect(messages).toEqual({ name: 'validation.tooShort{"min":2}', code: 'validation.required' })
  })

  it('translates the shared Chinese messages for English', () => {
    const result = ZCommitteeCreate.safeParse({ name: '东关', code: 'A1', phone: '12' })
    const message = result.error!.issues[0]!.message
    expect(localizeSharedMessage(message, 'en')).toBe('Not a valid phone number')
    expect(localizeSharedMessage(message, 'zh')).toBe(message)
    expect(localizeSharedMessage('无关的文字', 'en')).toBe('无关的文字')
  })

  it('leaves other issues to zod’s own locale', () => {
    const map = createZodErrorMap(() => 'never')
    expect(z.number().safeParse('x', { error: map }).error!.issues[0]!.message).not.toBe('never')
  })
})
