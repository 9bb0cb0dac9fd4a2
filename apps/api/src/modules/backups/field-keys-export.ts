// The one-time export of the field keys (issue 17): the keys are never in a backup, so an
// administrator takes a copy of them once, to keep apart from the backups. Once per key
// version: a second export is refused (409, saying who took it and when) until a rotation
// (`pnpm keys:rotate`) brings a new version. The audit log is the record of it: who and when,
// never the keys.
import { fieldKeysFile } from '../../lib/crypto/field-keys.ts'
import type { TConfig } from '../../config.ts'
import type { TTransaction } from '../../lib/db-types.ts'
import { AppError, fieldError, forbidden } from '../../lib/errors.ts'
import type { TWriteContext } from '../../lib/write.ts'
import { verifyPassword } from '../auth/password-hashing.ts'

const entityType = 'field_keys'
const entityOf = (config: TConfig) => `v${config.fieldKeys.version}`

/** "2026-11-30 09:15" in China time (the office's clock), for the refusal's message. */
const shown = (at: Date) => at.toLocaleString('sv-SE', { timeZone: 'Asia/Shanghai' }).slice(0, 16)

/** The export of the current version, if one was taken: who and when. */
export const fieldKeysExported = async (db: Pick<TTransaction, 'auditEvent'>, config: TConfig) => {
  const earlier = await db.auditEvent.findFirst({
    where: { entityType, entityId: entityOf(config), action: 'export' },
    orderBy: { occurredAt: 'asc' },
    select: { occurredAt: true, actorName: true },
  })
  return {
    version: config.fieldKeys.version,
    exportedAt: earlier?.occurredAt.toISOString() ?? null,
    exportedBy: earlier ? (earlier.actorName ?? '') : null,
  }
}

export const exportFieldKeys = async (
  ctx: TWriteContext,
  config: TConfig,
  input: { password: string },
) => {
  // A person, who proves again who they are: a session left open is not enough for this.
  if (ctx.actor.type !== 'user') throw forbidden()
  const user = await ctx.tx.user.findUniqueOrThrow({ where: { id: ctx.actor.id } })
  if (!(await verifyPassword(user.passwordHash, input.password)))
    throw fieldError('password', 'current_password_wrong')
  // Exports wait for one another here, so two at once cannot both find none before them.
  await ctx.tx
    .$queryRaw`SELECT 1 FROM (SELECT pg_advisory_xact_lock(hashtext('field_keys_export'))) l`
  const earlier = await fieldKeysExported(ctx.tx, config)
  if (earlier.exportedAt) {
    const at = shown(new Date(earlier.exportedAt))
    throw new AppError('field_keys_exported', 409, {
      fields: [
        {
          path: 'password',
          code: 'field_keys_exported',
          detail: {
            zh: `${earlier.exportedBy} 已于 ${at} 导出`,
            en: `exported by ${earlier.exportedBy} at ${at} (China time)`,
          },
        },
      ],
    })
  }
  await ctx.audit({
    action: 'export',
    entityType,
    entityId: entityOf(config),
    after: { version: config.fieldKeys.version },
  })
  return fieldKeysFile({ current: config.fieldKeys, previous: config.previousFieldKeys ?? [] })
}
