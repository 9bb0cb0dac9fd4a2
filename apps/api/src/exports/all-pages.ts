/**
 * Every row of a keyset-paged list, one page at a time: what an export reads, so memory holds
 * one page whatever the total, and page 2,000 costs what page 1 does.
 */
export async function* allPages<T>(
  page: (cursor: string | undefined) => Promise<{ items: T[]; nextCursor: string | null }>,
): AsyncGenerator<T> {
  let cursor: string | undefined
  do {
    const { items, nextCursor } = await page(cursor)
    yield* items
    cursor = nextCursor ?? undefined
  } while (cursor)
}
