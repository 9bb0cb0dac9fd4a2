import type { TTransaction } from './db-types.ts'
import type { TAuditAction } from '@cr/shared/audit/audit-event'
import type { TActor, TRequestMeta } from './actor.ts'
import { newId } from './ids.ts'

export type TAuditInput = {
  action: TAuditAction
  entityType: string
  entityId?: string | null
  committeeId?: string | null
  /** Whitelisted, masked snapshots: never password hashes, secrets or full ID numbers. */
  before?: object | null
  after?: object | null
  reason?: string | null
}

type TAuditDb = Pick<TTransaction, 'auditEvent'>

/**
 * Appends one audit row. Callers pass the transaction of the change itself, so the change and
 * its record commit or roll back together.
 */
export const writeAudit = (
  db: TAuditDb,
  actor: Pick<TActor, 'type' | 'id' | 'name'> | null,
  meta: TRequestMeta,
  input: TAuditInput,
) =>
  db.auditEvent.create({
    data: {
      id: newId(),
      actorType: actor?.type ?? 'system',
      actorId: actor?.id ?? null,
      actorName: actor?.name ?? null,
      action: input.action,
      entityType: input.entityType,
      entityId: input.entityId ?? null,
      committeeId: input.committeeId ?? null,
      before: (input.before ?? undefined) as never,
      after: (input.after ?? undefined) as never,
      reason: input.reason ?? null,
      requestId: meta.requestId,
      clientIp: meta.clientIp,
    },
  })
