import { describe, expect, it, vi } from 'vitest'
import { z } from 'zod'

describe('issues named by code (issue.ts)', () => {
  it('carry words once the table is loaded, and the code reads back from them', async () => {
    const { issue, errorCodeOfMessage } = await import('./issue.ts')
    const result = z.string().min(3, issue('phone_invalid')).safeParse('1')
    expect(result.error?.issues[0]?.message).toBe('电话号码格式不正确')
    expect(errorCodeOfMessage('电话号码格式不正确')).toBe('phone_invalid')
  })

  it('before the table arrives (the web app’s first page), a message is its code and reads back as it', async () => {
    vi.resetModules()
    const fresh = await import('./issue.ts')
    expect(fresh.errorMessagesLoaded()).toBe(false)
    const result = z
      .string()
      .refine((v) => v.length > 2, fresh.issue('phone_invalid'))
      .safeParse('1')
    expect(result.error?.issues[0]?.message).toBe('phone_invalid')
    expect(fresh.errorCodeOfMessage('phone_invalid')).toBe('phone_invalid')
    expect(fresh.errorCodeOfMessage('电话号码格式不正确')).toBeUndefined()

    await import('./error-messages.ts')
    expect(fresh.errorMessagesLoaded()).toBe(true)
    expect(fresh.messageFor('phone_invalid', 'en')).toBe('Not a valid phone number')
  })
})
