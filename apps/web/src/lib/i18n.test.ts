import { describe, expect, it } from 'vitest'
import { resources } from '@/locales/resources'
import { changeLanguage, i18n, i18nReady } from './i18n'

describe('UI languages', () => {
  it('starts in Chinese with every namespace of locales/resources.ts, without the English texts', async () => {
    await i18nReady
    expect(i18n.language).toBe('zh-CN')
    for (const [namespace, texts] of Object.entries(resources['zh-CN']))
      expect(i18n.getResourceBundle('zh-CN', namespace), namespace).toEqual(texts)
    // English is a chunk of its own, fetched when chosen (not in the first load).
    expect(i18n.hasResourceBundle('en', 'common')).toBe(false)
  })

  it('fetches the English texts when English is chosen, every namespace, and switches to them', async () => {
    await changeLanguage('en')
    expect(i18n.language).toBe('en')
    for (const [namespace, texts] of Object.entries(resources.en))
      expect(i18n.getResourceBundle('en', namespace), namespace).toEqual(texts)
    expect(i18n.t('appName')).toBe(resources.en.common.appName)
    await changeLanguage('zh-CN')
    expect(i18n.t('appName')).toBe(resources['zh-CN'].common.appName)
  })
})
