import type { TLanguage } from '../common/error-messages.ts'
import type { TAuditEvent } from './audit-event.ts'
import { auditFieldLabel, auditFieldRank } from './audit-fields.ts'
import { auditNoiseFields, auditValueText } from './audit-values.ts'

/** One row of the before → after table of an audit event. */
export type TDiffRow = { field: string; before: unknown; after: unknown }

const same = (a: unknown, b: unknown): boolean =>
  JSON.stringify(a ?? null) === JSON.stringify(b ?? null)

/**
 * The fields an audit event changed, in the order of the record's form (PostgreSQL's jsonb
 * keeps keys sorted by length). An update shows only what differs; a create (no `before`) or a
 * delete (no `after`) shows the whole snapshot.
 */
export const diffSnapshots = (
  entityType: string,
  before: Record<string, unknown> | null,
  after: Record<string, unknown> | null,
): TDiffRow[] => {
  const fields = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])]
    .filter((f) => !auditNoiseFields.has(f))
    .sort((a, b) => auditFieldRank(entityType, a) - auditFieldRank(entityType, b))
  const rows = fields.map((field) => ({ field, before: before?.[field], after: after?.[field] }))
  if (before && after) return rows.filter((row) => !same(row.before, row.after))
  return rows
}

/** A diff row as text: the field's label and both values as a person reads them. */
export type TAuditChange = {
  field: string
  label: string
  /** Absent for a create's snapshot. */
  before?: string
  /** Absent for a delete's snapshot. */
  after?: string
}

type TEventSnapshots = Pick<TAuditEvent, 'entityType' | 'before' | 'after'>

/** The event's changed fields, named and with their values' names, in one language. */
export const auditChanges = (event: TEventSnapshots, language: TLanguage): TAuditChange[] =>
  diffSnapshots(event.entityType, event.before, event.after)
    .map(({ field, before, after }) => ({
      field,
      label: auditFieldLabel(event.entityType, field, language),
      ...(event.before && { before: auditValueText(event.entityType, field, before, language) }),
      ...(event.after && { after: auditValueText(event.entityType, field, after, language) }),
    }))
    // Objects that differ only in what is not shown (a resident's id) change nothing readable.
    .filter((change) => !(event.before && event.after && change.before === change.after))

/**
 * The change as lines of text, for a file: `性别：男 → 女` for an update, `姓名：张三` for the
 * snapshot of a create or a delete.
 */
export const auditChangeLines = (event: TEventSnapshots, language: TLanguage): string[] => {
  const colon = language === 'zh' ? '：' : ': '
  return auditChanges(event, language).map(({ label, before, after }) =>
    before !== undefined && after !== undefined
      ? `${label}${colon}${before} → ${after}`
      : `${label}${colon}${after ?? before}`,
  )
}
