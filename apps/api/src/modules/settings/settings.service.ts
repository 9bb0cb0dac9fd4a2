import type { TTransaction } from '../../lib/db-types.ts'
import { ZPasswordPolicy, type TPasswordPolicy } from '@cr/shared/auth/password-policy'
import type { TSettings } from '@cr/shared/settings/settings'
import type { TWriteContext } from '../../lib/write.ts'
import { preconditionFailed } from '../../lib/errors.ts'

const policyKey = 'passwordPolicy'
const defaultPolicy: TPasswordPolicy = 'dengbao'

/** The password policy in force; 等保 unless an administrator chose ASVS. */
export const getPasswordPolicy = async (
  db: Pick<TTransaction, 'setting'>,
): Promise<TPasswordPolicy> => {
  const row = await db.setting.findUnique({ where: { key: policyKey } })
  const parsed = ZPasswordPolicy.safeParse(row?.value)
  return parsed.success ? parsed.data : defaultPolicy
}

export const getSettings = async (db: Pick<TTransaction, 'setting'>): Promise<TSettings> => {
  const row = await db.setting.findUnique({ where: { key: policyKey } })
  return { passwordPolicy: await getPasswordPolicy(db), version: row?.version ?? 1 }
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
  await ctx.audit({ action: 'update', entityType: 'settings', entityId: policyKey, before, after })
  return after
}
