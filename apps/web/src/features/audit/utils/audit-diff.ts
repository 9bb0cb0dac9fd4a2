/** One row of the before → after table of an audit event. */
export type TDiffRow = { field: string; before: unknown; after: unknown }

/** Bookkeeping fields every record has; they change on every write and say nothing. */
const noise = new Set(['id', 'version', 'createdAt', 'updatedAt'])

/**
 * PostgreSQL's jsonb keeps keys sorted by length, not as the record lists them; show the
 * fields people look for first in the order of the forms, the rest after.
 */
const fieldOrder = [
  'name',
  'code',
  'username',
  'displayName',
  'role',
  'committees',
  'committeeIds',
  'address',
  'phone',
  'active',
  'expiresOn',
  'passwordPolicy',
]
const rank = (field: string) => {
  const index = fieldOrder.indexOf(field)
  return index === -1 ? fieldOrder.length : index
}

const same = (a: unknown, b: unknown): boolean =>
  JSON.stringify(a ?? null) === JSON.stringify(b ?? null)

/**
 * The fields an audit event changed, in the order of the forms. An update shows only
 * what differs; a create (no `before`) or a delete (no `after`) shows the whole snapshot.
 */
export const diffSnapshots = (
  before: Record<string, unknown> | null,
  after: Record<string, unknown> | null,
): TDiffRow[] => {
  const fields = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])]
    .filter((f) => !noise.has(f))
    .sort((a, b) => rank(a) - rank(b))
  const rows = fields.map((field) => ({ field, before: before?.[field], after: after?.[field] }))
  if (before && after) return rows.filter((row) => !same(row.before, row.after))
  return rows
}
