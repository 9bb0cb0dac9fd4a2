import type { TColumnMapping } from './column-mapping.ts'
import { ImportFileError } from './import-error.ts'
import { importMessages } from './import-messages.ts'
import type { TLedgerType } from './ledger-type.ts'

/** `{name}` placeholders filled in; a message template of import-messages.ts. */
export const fillMessage = (template: string, values: Record<string, string>) =>
  template.replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? '')

/**
 * The file-level refusal for required columns the mapping lacks, said once: which columns,
 * why (a column of their group is there: `住址的 街路巷、楼号、室号 要一起有`), the headers no
 * field claims (one of them may be the missing column under another name), and what to do.
 */
export const columnMissing = <K extends string, R, C>(
  type: Pick<TLedgerType<K, R, C>, 'fields' | 'columnGroups'>,
  mapping: Pick<TColumnMapping<K>, 'missingRequired' | 'unrecognised'>,
): ImportFileError => {
  const labelOf = new Map(type.fields.map((f) => [f.key, f.label]))
  const labels = mapping.missingRequired.map((k) => labelOf.get(k) ?? k)
  const notes: string[] = []
  for (const group of type.columnGroups ?? [])
    if (group.required.some((k) => mapping.missingRequired.includes(k)))
      notes.push(
        fillMessage(importMessages.column_missing_group.zh, {
          group: group.label,
          columns: group.required.map((k) => labelOf.get(k) ?? k).join('、'),
        }),
      )
  const seen = mapping.unrecognised.map((c) => c.header || c.letter)
  notes.push(
    seen.length
      ? fillMessage(importMessages.column_missing_unrecognised.zh, { headers: seen.join('、') })
      : importMessages.column_missing_all_recognised.zh,
  )
  return new ImportFileError('column_missing', {
    fields: mapping.missingRequired,
    labels,
    explanation: notes.join(''),
  })
}
