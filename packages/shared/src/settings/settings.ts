import { z } from 'zod'
import { ZPasswordPolicy } from '../auth/password-policy.ts'

export const ZSettings = z
  .object({
    passwordPolicy: ZPasswordPolicy.describe(
      '`dengbao` (等保 2.0, default) or `asvs` (OWASP ASVS 5)',
    ),
    version: z.number().int().positive(),
  })
  .meta({ id: 'Settings' })
export type TSettings = z.infer<typeof ZSettings>

export const ZSettingsUpdate = z
  .object({ passwordPolicy: ZPasswordPolicy })
  .partial()
  .meta({ id: 'SettingsUpdate' })
