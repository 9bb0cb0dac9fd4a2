import type { TPage } from '@cr/shared/common/pagination'

export type TAllPages<T> = { items: T[]; truncated: boolean }

/**
 * Follows keyset cursors until the last page, for the few places that need a whole small set
 * (the buildings of one committee, the dwellings of one building). Stops after `maxPages` and
 * says so, rather than loading without end.
 */
export const fetchAllPages = async <T>(
  fetchPage: (cursor: string | undefined) => Promise<TPage<T>>,
  maxPages = 10,
): Promise<TAllPages<T>> => {
  const items: T[] = []
  let cursor: string | undefined
  for (let page = 0; page < maxPages; page += 1) {
    const result = await fetchPage(cursor)
    items.push(...result.items)
    if (!result.nextCursor) return { items, truncated: false }
    cursor = result.nextCursor
  }
  return { items, truncated: true }
}
