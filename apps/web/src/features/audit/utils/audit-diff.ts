import { auditChangeLines, auditChanges, type TAuditChange } from '@cr/shared/audit/audit-diff'
import type { TAuditEvent } from '@cr/shared/audit/audit-event'
import { toLabelLanguage } from '@/lib/language'

type TEvent = Pick<TAuditEvent, 'entityType' | 'before' | 'after'>

/**
 * The rows of an event's before → after table in the UI language: fields by their form labels,
 * code values by their names (the shared labels the export uses too).
 */
export const auditDiffRows = (event: TEvent, language: string): TAuditChange[] =>
  auditChanges(event, toLabelLanguage(language))

/** The first lines of the change for the list (`人口类别：户籍人口 → 常住人口`), and how many more. */
export const auditSummary = (event: TEvent, language: string, shown = 2) => {
  const lines = auditChangeLines(event, toLabelLanguage(language))
  return { lines: lines.slice(0, shown), more: Math.max(0, lines.length - shown) }
}
