import i18next, { type BackendModule, type ResourceKey } from 'i18next'
import { initReactI18next } from 'react-i18next'
import { z } from 'zod'
import { createZodErrorMap } from './zod-errors'
import { defaultLanguage, readStoredLanguage, storeLanguage, type TUiLanguage } from './language'

/** Everything that follows the UI language besides the texts: zod, <html lang> (dayjs: lib/dayjs.ts). */
const applyLanguage = (language: TUiLanguage) => {
  z.config(language === 'en' ? z.locales.en() : z.locales.zhCN())
  z.config({ customError: createZodErrorMap(translateLoose) })
  if (typeof document !== 'undefined') document.documentElement.lang = language
}

export const i18n = i18next.createInstance()

type TNamespaceModule = Record<string, object>
/** The texts of a language's files, by namespace: each file exports one, under its name. */
const namespacesOf = (modules: TNamespaceModule[]): Record<string, object> =>
  Object.assign({}, ...modules)

// Chinese, the office's working language, is the default. The sign-in page's texts (`common`,
// `auth`) are in the first load; a feature's texts are fetched when a page first asks for them
// (`useTranslation('party')` suspends until then, inside the route's pending state) and, once
// a signed-in page is up, all of them when the browser is idle (`prefetchTexts`). English is
// fetched in one go when it is chosen. The bundle budget: ARCHITECTURE.md "The web build".
// Every file of a language folder is a namespace; `locales/resources.ts` lists them for the
// types and the translations test.
const firstLoadNamespaces = ['common', 'auth']
const chinese = namespacesOf(
  Object.values(
    import.meta.glob<TNamespaceModule>(['../locales/zh-CN/common.ts', '../locales/zh-CN/auth.ts'], {
      eager: true,
    }),
  ),
)
const chineseFiles = import.meta.glob<TNamespaceModule>([
  '../locales/zh-CN/*.ts',
  '!../locales/zh-CN/common.ts',
  '!../locales/zh-CN/auth.ts',
])
const englishFiles = import.meta.glob<TNamespaceModule>('../locales/en/*.ts')
let english: Promise<void> | undefined
const loadEnglish = (): Promise<void> => {
  english ??= Promise.all(Object.values(englishFiles).map((load) => load())).then(
    (modules) => {
      for (const [namespace, texts] of Object.entries(namespacesOf(modules)))
        i18n.addResourceBundle('en', namespace, texts, true, true)
    },
    (error: unknown) => {
      english = undefined // offline for a moment: the next choice tries again
      throw error
    },
  )
  return english
}

/** `../locales/zh-CN/api-tokens.ts` holds `apiTokens`. */
const namespaceOfFile = (file: string): string =>
  (/([\w-]+)\.ts$/.exec(file)?.[1] ?? '').replace(/-(\w)/g, (_, letter: string) =>
    letter.toUpperCase(),
  )

/** `apiTokens` is in `api-tokens.ts`. */
const fileOf = (namespace: string): string =>
  namespace.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)

/** i18next's loader for a namespace not loaded yet, from the language's folder. */
const textFiles: BackendModule = {
  type: 'backend',
  init: () => undefined,
  read: (language, namespace, callback) => {
    const files = language === 'en' ? englishFiles : chineseFiles
    const load = files[`../locales/${language}/${fileOf(namespace)}.ts`]
    if (!load) {
      callback(new Error(`No texts ${language}/${namespace}`), false)
      return
    }
    load().then(
      (texts) => callback(null, texts[namespace] as ResourceKey),
      (error: unknown) => callback(error as Error, false),
    )
  },
}

// The zod messages take their parameters at run time; the typed `t` wants them statically.
const translateLoose = (key: string, params?: Record<string, unknown>): string =>
  (i18n.t.bind(i18n) as unknown as (k: string, o?: Record<string, unknown>) => string)(key, params)

void i18n
  .use(textFiles)
  .use(initReactI18next)
  .init({
    resources: { [defaultLanguage]: chinese },
    lng: defaultLanguage,
    fallbackLng: defaultLanguage,
    supportedLngs: ['zh-CN', 'en'],
    defaultNS: 'common',
    ns: firstLoadNamespaces,
    partialBundledLanguages: true,
    interpolation: { escapeValue: false }, // React escapes already
    returnNull: false,
    initAsync: false,
  })
applyLanguage(i18n.language === 'en' ? 'en' : 'zh-CN')

/**
 * Every feature's texts in the current language, fetched when the browser is idle after the
 * signed-in frame is up, so that opening another page or a dialog does not wait for its texts.
 */
export const prefetchTexts = (): Promise<void> =>
  i18n.loadNamespaces(Object.keys(chineseFiles).map(namespaceOfFile))

export const changeLanguage = async (language: TUiLanguage): Promise<void> => {
  if (language === 'en') await loadEnglish()
  storeLanguage(language)
  applyLanguage(language)
  await i18n.changeLanguage(language)
}

/**
 * Resolves when the remembered language's texts are there (at once for Chinese): `main.tsx`
 * renders after it, so an English user does not see the page in Chinese first. Should English
 * fail to load, the app starts in Chinese.
 */
export const i18nReady: Promise<void> =
  readStoredLanguage() === 'en' ? changeLanguage('en').catch(() => undefined) : Promise.resolve()
