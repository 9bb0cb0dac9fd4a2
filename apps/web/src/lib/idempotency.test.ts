import { describe, expect, it } from 'vitest'
import { createIdempotencyKeeper } from './idempotency'

describe('createIdempotencyKeeper', () => {
  const counter = () => {
    let n = 0
    return () => `key-${++n}`
  }

  it('reuses the key when the same submission is retried', () => {
    const keeper = createIdempotencyKeeper(counter())
    expect(keeper.keyFor({ name: '东关居委会' })).toBe('key-1')
    expect(keeper.keyFor({ name: '东关居委会' })).toBe('key-1')
  })

  it('uses a new key when the values change or after a success', () => {
    const keeper = createIdempotencyKeeper(counter())
    keeper.keyFor({ name: 'a' })
    expect(keeper.keyFor({ name: 'b' })).toBe('key-2')
    keeper.reset()
    expect(keeper.keyFor({ name: 'b' })).toBe('key-3')
  })
})
