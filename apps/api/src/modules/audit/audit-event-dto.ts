import type { TAuditEvent } from '@cr/shared/audit/audit-event'
import type { TTransaction } from '../../lib/db-types.ts'

type TRow = Awaited<ReturnType<TTransaction['auditEvent']['findFirstOrThrow']>>

export const toAuditEventDto = (row: TRow): TAuditEvent => ({
  id: row.id,
  occurredAt: row.occurredAt.toISOString(),
  actorType: row.actorType as TAuditEvent['actorType'],
  actorId: row.actorId,
  actorName: row.actorName,
  action: row.action as TAuditEvent['action'],
  entityType: row.entityType,
  entityId: row.entityId,
  committeeId: row.committeeId,
  before: (row.before ?? null) as TAuditEvent['before'],
  after: (row.after ?? null) as TAuditEvent['after'],
  reason: row.reason,
  requestId: row.requestId,
  clientIp: row.clientIp,
})
