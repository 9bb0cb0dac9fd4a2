import { z } from 'zod'
import { ZPasswordPolicy } from '../auth/password-policy.ts'
import { issue } from '../common/issue.ts'
import { updateOf } from '../common/record.ts'
import { ZContractNumberPattern } from '../rentals/rental-contract.ts'
import { defaultUrgentPaperworkWorkingDays } from '../subsidies/assistance.ts'
import { defaultDeliberationRule } from '../subsidies/subsidy-steps.ts'

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

/**
 * 临时救助's ceiling in months of the monthly 低保 standard in force in the month of the help
 * (cities set "不超过 N 个月"), and the urgent procedure's paperwork deadline in working days.
 */
export const assistanceLimitMonthsDefault = 6
export const ZAssistanceLimitMonths = z
  .number()
  .int(issue('assistance_limit_months'))
  .min(1, issue('assistance_limit_months'))
  .max(24, issue('assistance_limit_months'))
export const assistanceUrgentWorkingDaysDefault = defaultUrgentPaperworkWorkingDays
export const ZAssistanceUrgentWorkingDays = z
  .number()
  .int(issue('assistance_urgent_working_days'))
  .min(1, issue('assistance_urgent_working_days'))
  .max(30, issue('assistance_urgent_working_days'))

/**
 * The office's name (单位名称, e.g. 某某社区管委会): the heading of every printed form and of the
 * annual report. Empty until an administrator sets it; the forms then carry their titles only.
 */
export const ZOfficeName = z.string().trim().max(60, issue('office_name_length'))

/** A share such as ⅔ (numerator ≤ denominator), exact. */
const ZShare = z
  .object({
    numerator: z.number().int().min(1).max(100),
    denominator: z.number().int().min(1).max(100),
  })
  .refine((v) => v.numerator <= v.denominator, {
    ...issue('subsidy_deliberation_share'),
    path: ['numerator'],
  })
/** 民主评议's pass rule: the share of members present, and of those present who agree. */
export const ZDeliberationRule = z.object({ present: ZShare, agree: ZShare })
export const deliberationRuleDefault = defaultDeliberationRule

export const ZSettings = z
  .object({
    officeName: z
      .string()
      .describe('单位名称 heading printed forms and the annual report; empty until set'),
    passwordPolicy: ZPasswordPolicy.describe(
      '`dengbao` (等保 2.0, default) or `asvs` (OWASP ASVS 5)',
    ),
    importFileRetentionDays: ZImportFileRetentionDays.describe(
      'Days an uploaded ledger is kept for checks, commits and its error report (default 30)',
    ),
    rentalContractNumberPattern: ZContractNumberPattern.describe(
      '治安责任书 numbering scheme: {YYYY} the signing year, {NNNN} the sequence (default XXSQ-{YYYY}-{NNNN})',
    ),
    assistanceLimitMonths: ZAssistanceLimitMonths.describe(
      '临时救助 ceiling: months of the monthly 低保 standard in force in the month of the help (default 6)',
    ),
    assistanceUrgentWorkingDays: ZAssistanceUrgentWorkingDays.describe(
      '临时救助 urgent procedure: working days after the help to complete the paperwork (default 5)',
    ),
    subsidyDeliberationRule: ZDeliberationRule.describe(
      '民主评议 pass rule: shares present and agreeing (default two-thirds each)',
    ),
    version: z.number().int().positive(),
  })
  .meta({ id: 'Settings' })
export type TSettings = z.infer<typeof ZSettings>

export const ZSettingsUpdate = updateOf(
  z.object({
    officeName: ZOfficeName,
    passwordPolicy: ZPasswordPolicy,
    importFileRetentionDays: ZImportFileRetentionDays,
    rentalContractNumberPattern: ZContractNumberPattern,
    assistanceLimitMonths: ZAssistanceLimitMonths,
    assistanceUrgentWorkingDays: ZAssistanceUrgentWorkingDays,
    subsidyDeliberationRule: ZDeliberationRule,
  }),
).meta({ id: 'SettingsUpdate' })
