import { checkPassword, type TPasswordPolicy } from '@cr/shared/auth/password-policy'
import { type TLanguage } from '@cr/shared/common/error-messages'
import { messageFor } from '@cr/shared/common/issue'
import type { z } from 'zod'

/**
 * Adds the password policy's verdict to a form schema's refinement, in the UI language.
 * The same `checkPassword` runs on the server; this only says it sooner.
 */
export const addPasswordIssue = (
  ctx: z.RefinementCtx,
  path: string,
  password: string,
  policy: TPasswordPolicy,
  language: TLanguage,
  username?: string,
): void => {
  if (!password) return
  const code = checkPassword(password, policy, { username })
  if (code)
    ctx.addIssue({
      code: 'custom',
      path: [path],
      message: messageFor(code, language),
      params: { code },
    })
}
