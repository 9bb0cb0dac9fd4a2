import { z } from 'zod'
import { ZPasswordPolicy } from '../auth/password-policy.ts'
import { issue } from '../common/error-messages.ts'
import { updateOf } from '../common/record.ts'
import { ZContractNumberPattern } from '../rentals/rental-contract.ts'

/**
 * How long an uploaded ledger is kept after its upload, in days (PIPL art. 19: no longer than
 * its purpose needs). Its purpose is checking again, committing and the error report; undo needs
 * only what the commit recorded. After that the file is deleted and the job keeps its counts.
 */
export const importFileRetentionDefaultDays = 30
export const ZImportFileRetentionDays = z
  .number()
  .int(issue('import_file_retention_days'))
  .min(1, issue('import_file_retention_days'))
  .max(365, issue('import_file_retention_days'))

export const ZSettings = z
  .object({
    passwordPolicy: ZPasswordPolicy.describe(
      '`dengbao` (等保 2.0, default) or `asvs` (OWASP ASVS 5)',
    ),
    importFileRetentionDays: ZImportFileRetentionDays.describe(
      'Days an uploaded ledger is kept for checks, commits and its error report (default 30)',
    ),
    rentalContractNumberPattern: ZContractNumberPattern.describe(
      '治安责任书 numbering scheme: {YYYY} the signing year, {NNNN} the sequence (default XXSQ-{YYYY}-{NNNN})',
    ),
    version: z.number().int().positive(),
  })
  .meta({ id: 'Settings' })
export type TSettings = z.infer<typeof ZSettings>

export const ZSettingsUpdate = updateOf(
  z.object({
    passwordPolicy: ZPasswordPolicy,
    importFileRetentionDays: ZImportFileRetentionDays,
    rentalContractNumberPattern: ZContractNumberPattern,
  }),
).meta({ id: 'SettingsUpdate' })
