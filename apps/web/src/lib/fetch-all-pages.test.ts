import { describe, expect, it } from 'vitest'
import { fetchAllPages } from './fetch-all-pages'

const pages = [
  { items: [1, 2], nextCursor: 'a' },
  { items: [3], nextCursor: 'b' },
  { items: [4], nextCursor: null },
]

describe('fetchAllPages', () => {
  it('follows the cursors to the last page', async () => {
    const seen: (string | undefined)[] = []
    const result = await fetchAllPages(async (cursor) => {
      seen.push(cursor)
      return pages[seen.length - 1]!
    })
    expect(result).toEqual({ items: [1, 2, 3, 4], truncated: false })
    expect(seen).toEqual([undefined, 'a', 'b'])
  })

  it('stops after maxPages and says the list is incomplete', async () => {
    const result = await fetchAllPages(async () => ({ items: [1], nextCursor: 'more' }), 3)
    expect(result).toEqual({ items: [1, 1, 1], truncated: true })
  })
})
