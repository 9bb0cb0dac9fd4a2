import { z } from 'zod'
import type { TErrorCode } from '../common/error-messages.ts'
import { commonPasswords } from './common-passwords.ts'

/**
 * `dengbao` (default): 等保 2.0 assessor practice — at least 8 characters from three of four
 * classes, rotated every 90 days. `asvs`: OWASP ASVS 5 — length and a blocklist, no composition
 * rules and no forced rotation. Both cap at 64 characters and refuse common passwords.
 * @see ../../../../shared/QUALITY.md §1.3 (the two conflict, so it is a setting)
 */
export const passwordPolicies = ['dengbao', 'asvs'] as const
export const ZPasswordPolicy = z.enum(passwordPolicies)
export type TPasswordPolicy = z.infer<typeof ZPasswordPolicy>

export const passwordMaxAgeDays: Record<TPasswordPolicy, number | null> = {
  dengbao: 90,
  asvs: null,
}

const characterClasses = [/[A-Z]/, /[a-z]/, /[0-9]/, /[^A-Za-z0-9]/]

/** Returns the first rule the password breaks, or null when it is acceptable. */
export const checkPassword = (
  password: string,
  policy: TPasswordPolicy,
  context: { username?: string; extraWords?: readonly string[] } = {},
): TErrorCode | null => {
  if (password.length < 8) return 'password_too_short'
  if (password.length > 64) return 'password_too_long'
  if (policy === 'dengbao' && characterClasses.filter((c) => c.test(password)).length < 3) {
    return 'password_classes'
  }
  const lower = password.toLowerCase()
  if (
    context.username &&
    context.username.length >= 3 &&
    lower.includes(context.username.toLowerCase())
  ) {
    return 'password_contains_username'
  }
  const stripped = lower.replace(/[^a-z]/g, '')
  if (commonPasswords.has(lower) || (stripped.length >= 4 && commonPasswords.has(stripped))) {
    return 'password_common'
  }
  if (context.extraWords?.some((w) => w.length >= 2 && lower.includes(w.toLowerCase()))) {
    return 'password_common'
  }
  return null
}
