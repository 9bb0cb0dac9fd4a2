import { describe, expect, it, vi } from 'vitest'
import { allQueries, type TPrintState } from './print-state'

const state = (over: Partial<TPrintState>): TPrintState => ({
  isPending: false,
  isError: false,
  error: null,
  refetch: vi.fn(),
  ...over,
})

describe('allQueries', () => {
  it('is pending while any query is, and ready only when every one is', () => {
    expect(allQueries(state({}), state({ isPending: true })).isPending).toBe(true)
    const ready = allQueries(state({}), state({}))
    expect(ready.isPending || ready.isError).toBe(false)
  })

  it('fails with the first error and retries only the queries that failed', () => {
    const ok = state({})
    const first = state({ isError: true, error: new Error('a') })
    const second = state({ isError: true, error: new Error('b') })
    const all = allQueries(ok, first, second)
    expect(all.isError).toBe(true)
    expect(all.error).toBe(first.error)
    all.refetch()
    expect(ok.refetch).not.toHaveBeenCalled()
    expect(first.refetch).toHaveBeenCalledOnce()
    expect(second.refetch).toHaveBeenCalledOnce()
  })
})
