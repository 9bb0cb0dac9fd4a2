import { describe, expect, it } from 'vitest'
import dayjs from './dayjs'
import { changeLanguage, i18nReady } from './i18n'

describe('dayjs in the UI language', () => {
  it('starts in Chinese and follows a change of language both ways', async () => {
    await i18nReady
    expect(dayjs.locale()).toBe('zh-cn')
    // The week starts on Monday in Chinese (antd's date pickers read it from dayjs).
    expect(dayjs('2026-11-29').startOf('week').format('YYYY-MM-DD')).toBe('2026-11-23')
    await changeLanguage('en')
    expect(dayjs.locale()).toBe('en')
    await changeLanguage('zh-CN')
    expect(dayjs.locale()).toBe('zh-cn')
  })
})
