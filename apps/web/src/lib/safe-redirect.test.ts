import { describe, expect, it } from 'vitest'
import { safeRedirect } from './safe-redirect'

describe('safeRedirect', () => {
  it('keeps paths inside the app, with their search', () => {
    expect(safeRedirect('/committees?q=%E4%B8%9C')).toBe('/committees?q=%E4%B8%9C')
  })

  it('refuses other sites and loops back to sign-in', () => {
    for (const bad of [
      'https://evil.example/',
      '//evil.example',
      '/\\evil.example',
      'javascript:alert(1)',
      '/login?x=1',
      42,
      undefined,
    ]) {
      expect(safeRedirect(bad)).toBe('/')
    }
  })
})
