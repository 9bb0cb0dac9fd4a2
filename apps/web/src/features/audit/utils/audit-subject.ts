import type { TAuditEvent } from '@cr/shared/audit/audit-event'

const nameFields = ['name', 'username', 'displayName'] as const

/**
 * What a clerk recognises an audited record by: its name (or username) from the snapshot,
 * otherwise the end of its id. Ids are UUID v7 — their first characters are a timestamp, shared
 * by everything created in the same minute, so the end is the distinctive part.
 */
export const auditSubject = (
  event: Pick<TAuditEvent, 'before' | 'after' | 'entityId'>,
): string | null => {
  for (const snapshot of [event.after, event.before]) {
    for (const field of nameFields) {
      const value = snapshot?.[field]
      if (typeof value === 'string' && value) return value
    }
  }
  return event.entityId ? `…${event.entityId.slice(-8)}` : null
}
