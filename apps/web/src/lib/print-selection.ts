// No imports: the list pages' batch bars use this, and it must not grow their first load.

/** The API's limit (`selectionLimit` in @cr/shared/common/selection). */
const selectionLimit = 500
const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/** What 打印所选 hands to its print page: the selected ids and the list's sort. */
export type TPrintSelection = { ids: string[]; sort?: string }

/**
 * The history entry's state that carries a selection to its print page: 500 ids do not fit a
 * URL, and the entry keeps them when the page is reloaded.
 */
export const printSelectionState = (selection: TPrintSelection) => ({ printSelection: selection })

/** The selection in a history entry's state, or null (none, or not a valid one). */
export const printSelectionOf = (state: unknown): TPrintSelection | null => {
  if (!state || typeof state !== 'object' || !('printSelection' in state)) return null
  const candidate = state.printSelection as { ids?: unknown; sort?: unknown } | null
  const ids = candidate?.ids
  if (
    !Array.isArray(ids) ||
    ids.length === 0 ||
    ids.length > selectionLimit ||
    !ids.every((id) => typeof id === 'string' && uuid.test(id))
  )
    return null
  const sort = typeof candidate?.sort === 'string' ? candidate.sort : undefined
  return { ids: ids as string[], ...(sort ? { sort } : {}) }
}
