import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { isStorableText, storableText, unstorableTextPaths } from './text.ts'

describe('storable text', () => {
  it('refuses NUL and lone UTF-16 surrogates, keeps every other character', () => {
    expect(isStorableText('王建华')).toBe(true)
    // A surrogate pair is one character (𠮷, CJK Extension B, occurs in Chinese names).
    expect(isStorableText('𠮷野')).toBe(true)
    expect(isStorableText('tab\tnew line\n\u0001')).toBe(true)
    expect(isStorableText('a\u0000b')).toBe(false)
    expect(isStorableText('a\ud800')).toBe(false)
    expect(isStorableText('\udc00a')).toBe(false)
    expect(isStorableText('\udbff\udfff')).toBe(true)
  })

  it('shows what cannot be stored as U+FFFD, for text that is only shown back', () => {
    expect(storableText('备\u0000注\ud800𠮷')).toBe('备\ufffd注\ufffd𠮷')
  })

  it('agrees with a UTF-8 round trip on any string (NUL aside)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        const roundTrips = Buffer.from(s, 'utf8').toString('utf8') === s
        expect(isStorableText(s)).toBe(roundTrips && !s.includes('\u0000'))
      }),
      { seed: 20261205 },
    )
  })

  it('names the path of each bad value, and of the object holding a bad key', () => {
    const value = {
      name: 'ok',
      notes: 'x\u0000',
      tags: ['a', 'b\ud800'],
      mapping: { 'A\u0000': 'name' },
      nested: { deep: [{ text: '\udfff' }] },
    }
    expect(unstorableTextPaths(value)).toEqual([
      ['notes'],
      ['tags', 1],
      ['mapping'],
      ['nested', 'deep', 0, 'text'],
    ])
    expect(unstorableTextPaths('\u0000')).toEqual([[]])
    expect(unstorableTextPaths({ a: 1, b: null, c: true })).toEqual([])
  })

  it('walks deep nesting without recursion and names at most 20 paths of at most 32 steps', () => {
    let deep: unknown = 'x\u0000'
    for (let i = 0; i < 200_000; i++) deep = [deep]
    const paths = unstorableTextPaths(deep)
    expect(paths).toHaveLength(1)
    expect(paths[0]).toEqual(Array.from({ length: 32 }, () => 0))
    const many = Array.from({ length: 1000 }, () => '\u0000')
    expect(unstorableTextPaths(many)).toHaveLength(20)
  })
})
