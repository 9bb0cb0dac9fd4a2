import type { TTransaction } from '../../lib/db-types.ts'
import { ZPasswordPolicy, type TPasswordPolicy } from '@cr/shared/auth/password-policy'
import {
  assistanceLimitMonthsDefault,
  assistanceUrgentWorkingDaysDefault,
  deliberationRuleDefault,
  importFileRetentionDefaultDays,
  ZAssistanceLimitMonths,
  ZAssistanceUrgentWorkingDays,
  ZDeliberationRule,
  ZImportFileRetentionDays,
  ZOfficeName,
  type TSettings,
} from '@cr/shared/settings/settings'
import type { TDeliberationRule } from '@cr/shared/subsidies/subsidy-steps'
import type { z } from 'zod'
import { ZContractNumberPattern } from '@cr/shared/rentals/rental-contract'
import { defaultContractNumberPattern } from '@cr/shared/rentals/rental-rules'
import type { TWriteContext } from '../../lib/write.ts'
import { preconditionFailed } from '../../lib/errors.ts'

type TSettingsDb = Pick<TTransaction, 'setting'>

/** Each setting is one `setting` row (key → JSON value), absent until first changed. */
const keys = {
  officeName: 'officeName',
  passwordPolicy: 'passwordPolicy',
  importFileRetentionDays: 'importFileRetentionDays',
  rentalContractNumberPattern: 'rentalContractNumberPattern',
  assistanceLimitMonths: 'assistanceLimitMonths',
  assistanceUrgentWorkingDays: 'assistanceUrgentWorkingDays',
  subsidyDeliberationRule: 'subsidyDeliberationRule',
}
const defaultPolicy: TPasswordPolicy = 'dengbao'

const readPolicy = async (db: TSettingsDb): Promise<TPasswordPolicy> => {
  const row = await db.setting.findUnique({ where: { key: keys.passwordPolicy } })
  const parsed = ZPasswordPolicy.safeParse(row?.value)
  return parsed.success ? parsed.data : defaultPolicy
}

/**
 * Every authenticated request needs the policy (a stale password must be changed), so it is
 * kept for a few seconds instead of read each time. With several API processes, a change
 * reaches the others within `policyCacheMs`; this process sees its own change at once.
 */
const policyCacheMs = 10_000
let cachedPolicy: { value: TPasswordPolicy; until: number } | undefined

/** The password policy in force; 等保 unless an administrator chose ASVS. */
export const getPasswordPolicy = async (db: TSettingsDb): Promise<TPasswordPolicy> => {
  if (cachedPolicy && cachedPolicy.until > Date.now()) return cachedPolicy.value
  const value = await readPolicy(db)
  cachedPolicy = { value, until: Date.now() + policyCacheMs }
  return value
}

/** Days an uploaded ledger is kept (file-retention.ts); 30 unless an administrator changed it. */
export const getImportFileRetentionDays = async (db: TSettingsDb): Promise<number> => {
  const row = await db.setting.findUnique({ where: { key: keys.importFileRetentionDays } })
  const parsed = ZImportFileRetentionDays.safeParse(row?.value)
  return parsed.success ? parsed.data : importFileRetentionDefaultDays
}

/** The office's 治安责任书 numbering scheme; `XXSQ-{YYYY}-{NNNN}` unless an administrator changed it. */
export const getRentalContractNumberPattern = async (db: TSettingsDb): Promise<string> => {
  const row = await db.setting.findUnique({ where: { key: keys.rentalContractNumberPattern } })
  const parsed = ZContractNumberPattern.safeParse(row?.value)
  return parsed.success ? parsed.data : defaultContractNumberPattern
}

/** A setting's stored value, or its default when absent or no longer valid. */
const readSetting = async <T>(
  db: TSettingsDb,
  key: string,
  schema: z.ZodType<T>,
  fallback: T,
): Promise<T> => {
  const row = await db.setting.findUnique({ where: { key } })
  const parsed = schema.safeParse(row?.value)
  return parsed.success ? parsed.data : fallback
}

/** The office's name for printed forms and the annual report ('' until set). */
export const getOfficeName = (db: TSettingsDb) => readSetting(db, keys.officeName, ZOfficeName, '')

/** 临时救助's ceiling in months of the 低保 standard (6 unless changed). */
export const getAssistanceLimitMonths = (db: TSettingsDb) =>
  readSetting(db, keys.assistanceLimitMonths, ZAssistanceLimitMonths, assistanceLimitMonthsDefault)

/** Working days after an urgent help to complete its paperwork (5 unless changed). */
export const getAssistanceUrgentWorkingDays = (db: TSettingsDb) =>
  readSetting(
    db,
    keys.assistanceUrgentWorkingDays,
    ZAssistanceUrgentWorkingDays,
    assistanceUrgentWorkingDaysDefault,
  )

/** 民主评议's pass rule (two-thirds present, two-thirds of them agreeing, unless changed). */
export const getDeliberationRule = (db: TSettingsDb): Promise<TDeliberationRule> =>
  readSetting(db, keys.subsidyDeliberationRule, ZDeliberationRule, deliberationRuleDefault)

/**
 * The settings are one document with one version (If-Match), kept on a row of its own: each
 * setting is a row, so no single setting's row can stand for the whole, and a change of any
 * makes the others stale. Version 1 until the first change.
 */
const versionKey = 'settings.version'

export const getSettings = async (db: TSettingsDb): Promise<TSettings> => {
  const row = await db.setting.findUnique({ where: { key: versionKey } })
  return {
    officeName: await getOfficeName(db),
    passwordPolicy: await readPolicy(db),
    importFileRetentionDays: await getImportFileRetentionDays(db),
    rentalContractNumberPattern: await getRentalContractNumberPattern(db),
    assistanceLimitMonths: await getAssistanceLimitMonths(db),
    assistanceUrgentWorkingDays: await getAssistanceUrgentWorkingDays(db),
    subsidyDeliberationRule: await getDeliberationRule(db),
    version: row?.version ?? 1,
  }
}

/**
 * Moves the settings' version from `version` to the next, or answers 412. The comparison is
 * part of the write itself: of concurrent changes based on one version, the first takes the
 * row's lock and the others, once it commits, find the version moved on and change nothing.
 */
const claimVersion = async (tx: TTransaction, version: number) => {
  const moved = await tx.$queryRaw<Array<{ version: number }>>`
    UPDATE setting SET version = version + 1, updated_at = now()
    WHERE key = ${versionKey} AND version = ${version}::int
    RETURNING version`
  if (moved.length > 0) return
  // Never changed yet: the first change creates the row; a concurrent one waits for it to
  // commit and then finds the key taken.
  const created =
    version === 1
      ? await tx.$queryRaw<Array<{ version: number }>>`
          INSERT INTO setting (key, value, version, updated_at)
          VALUES (${versionKey}, 'null'::jsonb, 2, now())
          ON CONFLICT (key) DO NOTHING
          RETURNING version`
      : []
  if (created.length === 0) throw preconditionFailed()
}

export const updateSettings = async (
  ctx: TWriteContext,
  version: number,
  input: {
    officeName?: string | undefined
    passwordPolicy?: TPasswordPolicy | undefined
    importFileRetentionDays?: number | undefined
    rentalContractNumberPattern?: string | undefined
    assistanceLimitMonths?: number | undefined
    assistanceUrgentWorkingDays?: number | undefined
    subsidyDeliberationRule?: TDeliberationRule | undefined
  },
): Promise<TSettings> => {
  const before = await getSettings(ctx.tx)
  await claimVersion(ctx.tx, version)
  const changed = (
    [
      'officeName',
      'passwordPolicy',
      'importFileRetentionDays',
      'rentalContractNumberPattern',
      'assistanceLimitMonths',
      'assistanceUrgentWorkingDays',
      'subsidyDeliberationRule',
    ] as const
  ).filter((key) => input[key] !== undefined)
  for (const key of changed) {
    const value = input[key]!
    await ctx.tx.setting.upsert({
      where: { key: keys[key] },
      create: { key: keys[key], value },
      update: { value },
    })
  }
  const after = await getSettings(ctx.tx)
  cachedPolicy = undefined
  // The entity is the setting changed (`passwordPolicy`, as before there were others).
  await ctx.audit({
    action: 'update',
    entityType: 'settings',
    entityId: changed.join(',') || null,
    before,
    after,
  })
  return after
}
