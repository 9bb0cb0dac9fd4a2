import { z } from 'zod'
import { messageFor } from '../common/issue.ts'
import { toHalfWidth } from './half-width.ts'

/**
 * Phone numbers as clerks type them: full-width digits, spaces, dashes, a +86 prefix.
 * Mobile numbers normalise to 11 digits; landlines to `area-number` (with an optional extension).
 */
export { toHalfWidth } from './half-width.ts'

export const normalizePhone = (raw: string): string | null => {
  const cleaned = toHalfWidth(raw)
    .trim()
    .replace(/[\s()（）]/g, '')
  const mobile = cleaned.replace(/^(\+?86|0086)/, '').replace(/-/g, '')
  if (/^1[3-9]\d{9}$/.test(mobile)) return mobile
  const landline = /^(0\d{2,3})-?(\d{7,8})(?:-(\d{1,6}))?$/.exec(cleaned)
  if (landline) return `${landline[1]}-${landline[2]}${landline[3] ? `-${landline[3]}` : ''}`
  const localOnly = /^(\d{7,8})$/.exec(cleaned)
  if (localOnly) return localOnly[1] ?? null
  return null
}

/** `138****5678` for mobiles; landlines keep the area code and the last 4 digits. */
export const maskPhone = (phone: string): string => {
  if (/^1\d{10}$/.test(phone)) return `${phone.slice(0, 3)}****${phone.slice(7)}`
  const [area, number] = phone.includes('-') ? phone.split('-', 2) : ['', phone]
  const tail = (number ?? '').slice(-4)
  return `${area ? `${area}-` : ''}****${tail}`
}

/** A phone field: normalised on input, refused with `phone_invalid` when it is not a phone. */
export const ZPhone = z.string().transform((raw, ctx) => {
  const phone = normalizePhone(raw)
  if (phone === null) {
    ctx.addIssue({
      code: 'custom',
      message: messageFor('phone_invalid'),
      params: { code: 'phone_invalid' },
    })
    return z.NEVER
  }
  return phone
})

/** Optional phone: blank or missing means none. */
export const ZOptionalPhone = z
  .string()
  .nullish()
  .transform((raw, ctx) => {
    if (!raw || !raw.trim()) return null
    const phone = normalizePhone(raw)
    if (phone === null) {
      ctx.addIssue({
        code: 'custom',
        message: messageFor('phone_invalid'),
        params: { code: 'phone_invalid' },
      })
      return z.NEVER
    }
    return phone
  })
