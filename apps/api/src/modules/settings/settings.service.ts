import type { TTransaction } from '../../lib/db-types.ts'
import { ZPasswordPolicy, type TPasswordPolicy } from '@cr/shared/auth/password-policy'
import type { TSettings } from '@cr/shared/settings/settings'
import type { TWriteContext } from '../../lib/write.ts'
import { preconditionFailed } from '../../lib/errors.ts'

const policyKey = 'passwordPolicy'
const defaultPolicy: TPasswordPolicy = 'dengbao'

const readPolicy = async (db: Pick<TTransaction, 'setting'>): Promise<TPasswordPolicy> => {
  const row = await db.setting.findUnique({ where: { key: policyKey } })
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
export const getPasswordPolicy = async (
  db: Pick<TTransaction, 'setting'>,
): Promise<TPasswordPolicy> => {
  if (cachedPolicy && cachedPolicy.until > Date.now()) return cachedPolicy.value
  const value = await readPolicy(db)
  cachedPolicy = { value, until: Date.now() + policyCacheMs }
  return value
}

/**
 * The settings are one document with one version, kept on a row of its own: each setting is a
 * row, so no single setting's row can stand for the whole. Version 1 until the first change.
 */
const versionKey = 'settings.version'

export const getSettings = async (db: Pick<TTransaction, 'setting'>): Promise<TSettings> => {
  const row = await db.setting.findUnique({ where: { key: versionKey } })
  return { passwordPolicy: await readPolicy(db), version: row?.version ?? 1 }
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
  input: { passwordPolicy?: TPasswordPolicy | undefined },
): Promise<TSettings> => {
  const before = await getSettings(ctx.tx)
  await claimVersion(ctx.tx, version)
  if (input.passwordPolicy) {
    await ctx.tx.setting.upsert({
      where: { key: policyKey },
      create: { key: policyKey, value: input.passwordPolicy },
      update: { value: input.passwordPolicy },
    })
  }
  const after = await getSettings(ctx.tx)
  cachedPolicy = undefined
  await ctx.audit({ action: 'update', entityType: 'settings', entityId: policyKey, before, after })
  return after
}
