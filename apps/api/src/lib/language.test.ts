import { describe, expect, it } from 'vitest'
import { pickLanguage } from './language.ts'

describe('pickLanguage', () => {
  it.each([
    [undefined, 'zh'],
    ['zh-CN,zh;q=0.9,en;q=0.8', 'zh'],
    ['en-US,en;q=0.9', 'en'],
    ['en;q=0.5,zh-CN;q=0.9', 'zh'],
    ['fr-FR,en;q=0.3', 'en'],
    ['fr-FR', 'zh'],
  ])('%s → %s', (header, expected) => {
    expect(pickLanguage(header)).toBe(expected)
  })
})
