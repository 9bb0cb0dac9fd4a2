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

export const getSettings = async (db: Pick<TTransaction, 'setting'>): Promise<TSettings> => {
  const row = await db.setting.findUnique({ where: { key: policyKey } })
  return { passwordPolicy: await readPolicy(db), version: row?.version ?? 1 }
}

export const updateSettings = async (
  ctx: TWriteContext,
  version: number,
  input: { passwordPolicy?: TPasswordPolicy | undefined },
): Promise<TSettings> => {
  const before = await getSettings(ctx.tx)
  if (before.version !== version) throw preconditionFailed()
  if (input.passwordPolicy) {
    await ctx.tx.setting.upsert({
      where: { key: policyKey },
      create: { key: policyKey, value: input.passwordPolicy, version: 2 },
      update: { value: input.passwordPolicy, version: { increment: 1 } },
    })
  }
  const after = await getSettings(ctx.tx)
  cachedPolicy = undefined
  await ctx.audit({ action: 'update', entityType: 'settings', entityId: policyKey, before, after })
  return after
}
