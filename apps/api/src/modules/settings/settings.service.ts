import type { TTransaction } from '../../lib/db-types.ts'
import { ZPasswordPolicy, type TPasswordPolicy } from '@cr/shared/auth/password-policy'
import {
  importFileRetentionDefaultDays,
  ZImportFileRetentionDays,
  type TSettings,
} from '@cr/shared/settings/settings'
import type { TWriteContext } from '../../lib/write.ts'
import { preconditionFailed } from '../../lib/errors.ts'

type TSettingsDb = Pick<TTransaction, 'setting'>

/** Each setting is one `setting` row (key → JSON value), absent until first changed. */
const keys = {
  passwordPolicy: 'passwordPolicy',
  importFileRetentionDays: 'importFileRetentionDays',
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

/**
 * The settings with one version for If-Match: 1, plus one for every change of any of them (a
 * row starts at version 2 when first changed), so a change of either makes the other stale.
 */
export const getSettings = async (db: TSettingsDb): Promise<TSettings> => {
  const rows = await db.setting.findMany({ where: { key: { in: Object.values(keys) } } })
  return {
    passwordPolicy: await readPolicy(db),
    importFileRetentionDays: await getImportFileRetentionDays(db),
    version: 1 + rows.reduce((sum, row) => sum + row.version - 1, 0),
  }
}

export const updateSettings = async (
  ctx: TWriteContext,
  version: number,
  input: {
    passwordPolicy?: TPasswordPolicy | undefined
    importFileRetentionDays?: number | undefined
  },
): Promise<TSettings> => {
  const before = await getSettings(ctx.tx)
  if (before.version !== version) throw preconditionFailed()
  const changed = (['passwordPolicy', 'importFileRetentionDays'] as const).filter(
    (key) => input[key] !== undefined,
  )
  for (const key of changed) {
    const value = input[key]!
    await ctx.tx.setting.upsert({
      where: { key: keys[key] },
      create: { key: keys[key], value, version: 2 },
      update: { value, version: { increment: 1 } },
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
