import { describe, expect, it } from 'vitest'
import { resources } from '@/locales/resources'
import { changeLanguage, i18n, i18nReady, prefetchTexts } from './i18n'

describe('UI languages', () => {
  it('starts in Chinese with the sign-in page texts only, without the English texts', async () => {
    await i18nReady
    expect(i18n.language).toBe('zh-CN')
    expect(i18n.getResourceBundle('zh-CN', 'common')).toEqual(resources['zh-CN'].common)
    expect(i18n.getResourceBundle('zh-CN', 'auth')).toEqual(resources['zh-CN'].auth)
    // A feature's texts are fetched when a page first asks for them (not in the first load).
    expect(i18n.hasResourceBundle('zh-CN', 'party')).toBe(false)
    // English is a chunk of its own, fetched when chosen.
    expect(i18n.hasResourceBundle('en', 'common')).toBe(false)
  })

  it("fetches a feature's texts when asked, and every feature's with prefetchTexts", async () => {
    await i18n.loadNamespaces('party')
    expect(i18n.getResourceBundle('zh-CN', 'party')).toEqual(resources['zh-CN'].party)
    await prefetchTexts()
    for (const [namespace, texts] of Object.entries(resources['zh-CN']))
      expect(i18n.getResourceBundle('zh-CN', namespace), namespace).toEqual(texts)
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
