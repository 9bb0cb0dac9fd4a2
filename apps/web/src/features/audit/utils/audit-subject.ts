import type { TAuditEvent } from '@cr/shared/audit/audit-event'

const nameFields = ['name', 'username', 'displayName', 'fileName', 'address'] as const
/** Records a snapshot names through another: a party member by their resident, a household by its head. */
const nestedFields = ['resident', 'member', 'head'] as const

const text = (value: unknown) => (typeof value === 'string' && value ? value : null)

/**
 * What a clerk recognises an audited record by: its name (or username, file name, address)
 * from the snapshot, a member by their resident's name, otherwise the end of its id. Ids are
 * UUID v7 — their first characters are a timestamp, shared by everything created in the same
 * minute, so the end is the distinctive part.
 */
export const auditSubject = (
  event: Pick<TAuditEvent, 'before' | 'after' | 'entityId'>,
): string | null => {
  for (const snapshot of [event.after, event.before]) {
    for (const field of nameFields) {
      const value = text(snapshot?.[field])
      if (value) return value
    }
    for (const field of nestedFields) {
      const nested = snapshot?.[field]
      const value =
        typeof nested === 'object' && nested ? text((nested as { name?: unknown }).name) : null
      if (value) return value
    }
  }
  return event.entityId ? `…${event.entityId.slice(-8)}` : null
}
