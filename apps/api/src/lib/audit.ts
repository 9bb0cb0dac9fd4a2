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

/** A connection of the raw pool (`pg`), inside a transaction the caller opened. */
type TSqlClient = { query: (text: string, values: unknown[]) => Promise<unknown> }

/**
 * `writeAudit` for work done on a raw pool connection (imports, undo), in that connection's
 * transaction: the same row, the same rules.
 */
export const writeAuditSql = (
  client: TSqlClient,
  actor: Pick<TActor, 'type' | 'id' | 'name'> | null,
  meta: TRequestMeta,
  input: TAuditInput,
) =>
  client.query(
    `INSERT INTO audit_event (id, occurred_at, actor_type, actor_id, actor_name, action,
       entity_type, entity_id, committee_id, before, after, reason, request_id, client_ip)
     VALUES ($1, now(), $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)`,
    [
      newId(),
      actor?.type ?? 'system',
      actor?.id ?? null,
      actor?.name ?? null,
      input.action,
      input.entityType,
      input.entityId ?? null,
      input.committeeId ?? null,
      input.before ? JSON.stringify(input.before) : null,
      input.after ? JSON.stringify(input.after) : null,
      input.reason ?? null,
      meta.requestId,
      meta.clientIp,
    ],
  )
