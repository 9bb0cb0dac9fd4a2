import dayjs from 'dayjs'
import 'dayjs/locale/zh-cn'
import i18next from 'i18next'
import { initReactI18next } from 'react-i18next'
import { z } from 'zod'
import { resources } from '@/locales/resources'
import { createZodErrorMap } from './zod-errors'
import { defaultLanguage, readStoredLanguage, storeLanguage, type TUiLanguage } from './language'

/** Everything that follows the UI language besides the texts: dayjs, zod, <html lang>. */
const applyLanguage = (language: TUiLanguage) => {
  dayjs.locale(language === 'en' ? 'en' : 'zh-cn')
  z.config(language === 'en' ? z.locales.en() : z.locales.zhCN())
  z.config({ customError: createZodErrorMap(translateLoose) })
  if (typeof document !== 'undefined') document.documentElement.lang = language
}

export const i18n = i18next.createInstance()

// The zod messages take their parameters at run time; the typed `t` wants them statically.
const translateLoose = (key: string, params?: Record<string, unknown>): string =>
  (i18n.t.bind(i18n) as unknown as (k: string, o?: Record<string, unknown>) => string)(key, params)

void i18n.use(initReactI18next).init({
  resources,
  lng: readStoredLanguage(),
  fallbackLng: defaultLanguage,
  supportedLngs: ['zh-CN', 'en'],
  defaultNS: 'common',
  ns: Object.keys(resources['zh-CN']),
  interpolation: { escapeValue: false }, // React escapes already
  returnNull: false,
  initAsync: false,
})
applyLanguage(i18n.language === 'en' ? 'en' : 'zh-CN')

export const changeLanguage = async (language: TUiLanguage): Promise<void> => {
  storeLanguage(language)
  applyLanguage(language)
  await i18n.changeLanguage(language)
}
