import type { TImportJob, TImportMapping } from '@cr/shared/imports/import-job'

/**
 * The field chosen for each sheet column, by column letter: a field key, null to ignore the
 * column, or no entry while an unrecognised column has not been decided yet.
 */
export type TColumnChoices = Partial<Record<string, string | null>>

/** What the job decided: mapped columns keep their field; unrecognised ones stay undecided. */
export const initialChoices = (columns: TImportJob['columns']): TColumnChoices =>
  Object.fromEntries(
    columns.flatMap((c) =>
      c.source === 'unrecognised' ? [] : [[c.letter, c.source === 'duplicate' ? null : c.field]],
    ),
  )

/**
 * Chooses `field` for a column. A field feeds one column only: another column that had it
 * is set to "not used", so the mapping never names a field twice (the server refuses that).
 */
export const chooseField = (
  choices: TColumnChoices,
  letter: string,
  field: string | null,
): TColumnChoices => ({
  ...Object.fromEntries(
    Object.entries(choices).map(([l, f]) => [l, field !== null && f === field ? null : f]),
  ),
  [letter]: field,
})

/**
 * The mapping to check the file with, by column letter: the columns the clerk changed, and
 * those the previous check already took from a mapping (so they stay as they are). Columns the
 * header names were recognised by are left to the server.
 */
export const mappingToSend = (
  columns: TImportJob['columns'],
  choices: TColumnChoices,
): TImportMapping => {
  const initial = initialChoices(columns)
  const mapping: TImportMapping = {}
  for (const c of columns) {
    const choice = choices[c.letter]
    if (choice === undefined) continue
    const fromMapping = c.source === 'override' || c.source === 'ignored'
    if (fromMapping || choice !== initial[c.letter]) mapping[c.letter] = choice
  }
  return mapping
}

/** Whether the clerk changed anything since the last check. */
export const isChanged = (columns: TImportJob['columns'], choices: TColumnChoices): boolean => {
  const initial = initialChoices(columns)
  return columns.some((c) => choices[c.letter] !== initial[c.letter])
}

/**
 * Required fields no column feeds (live, as the clerk changes the mapping): those always
 * required, and those of a column group (the parts of an address) one of whose columns is fed.
 */
export const missingFields = (
  fields: TImportJob['fields'],
  choices: TColumnChoices,
  groups: TImportJob['columnGroups'] = [],
): string[] => {
  const used = new Set(Object.values(choices))
  const required = new Set(fields.filter((f) => f.requiredColumn).map((f) => f.key))
  for (const group of groups)
    if (group.fields.some((k) => used.has(k))) for (const k of group.required) required.add(k)
  return fields.filter((f) => required.has(f.key) && !used.has(f.key)).map((f) => f.key)
}

/** The groups whose missing columns `missing` names: why those columns are needed. */
export const groupsMissing = (groups: TImportJob['columnGroups'], missing: readonly string[]) =>
  groups.filter((g) => g.required.some((k) => missing.includes(k)))

/**
 * The mapping to save for next time, by header text (it survives a reordered sheet): every
 * column with a header that is not left to the header's own name.
 */
export const mappingToSave = (
  columns: TImportJob['columns'],
  choices: TColumnChoices,
): TImportMapping => {
  const initial = initialChoices(columns)
  const mapping: TImportMapping = {}
  for (const c of columns) {
    const choice = choices[c.letter]
    const byHeader =
      (c.source === 'synonym' || c.source === 'duplicate') && choice === initial[c.letter]
    if (c.header && choice !== undefined && !byHeader) mapping[c.header] = choice
  }
  return mapping
}

const normalise = (text: string) => text.replace(/\s+/g, '')

/** Applies a saved mapping (keys are header texts or letters) to this sheet's columns. */
export const applySavedMapping = (
  columns: TImportJob['columns'],
  choices: TColumnChoices,
  saved: TImportMapping,
): TColumnChoices => {
  let next = choices
  for (const [key, field] of Object.entries(saved)) {
    const column =
      columns.find((c) => c.letter === key) ??
      columns.find((c) => normalise(c.header) === normalise(key))
    if (column) next = chooseField(next, column.letter, field)
  }
  return next
}
