import { describe, expect, it } from 'vitest'
import { resources } from './resources'

const keysOf = (value: unknown, prefix = ''): string[] =>
  typeof value === 'string'
    ? [prefix]
    : Object.entries(value as Record<string, unknown>).flatMap(([k, v]) =>
        keysOf(v, prefix ? `${prefix}.${k}` : k),
      )

const placeholders = (text: string) => [...text.matchAll(/{{(\w+)}}/g)].map((m) => m[1]).sort()

describe('translations', () => {
  it('English has every Chinese key, with the same placeholders', () => {
    const zh = resources['zh-CN'] as Record<string, unknown>
    const en = resources.en as Record<string, unknown>
    expect(keysOf(en).sort()).toEqual(keysOf(zh).sort())
    const get = (tree: unknown, path: string) =>
      path.split('.').reduce<unknown>((node, k) => (node as Record<string, unknown>)[k], tree)
    for (const key of keysOf(zh)) {
      expect(placeholders(get(en, key) as string), key).toEqual(
        placeholders(get(zh, key) as string),
      )
    }
  })
})
