import type { TLanguage } from '@cr/shared/common/error-messages'

/** Languages the UI offers. zh-CN first: it is the office's working language. */
export const uiLanguages = ['zh-CN', 'en'] as const
export type TUiLanguage = (typeof uiLanguages)[number]
export const defaultLanguage: TUiLanguage = 'zh-CN'

// Only the language choice is kept in localStorage: nothing about the user or the session.
const storageKey = 'cr.language'

export const isUiLanguage = (value: unknown): value is TUiLanguage =>
  typeof value === 'string' && (uiLanguages as readonly string[]).includes(value)

export const readStoredLanguage = (): TUiLanguage => {
  try {
    const stored = globalThis.localStorage?.getItem(storageKey)
    return isUiLanguage(stored) ? stored : defaultLanguage
  } catch {
    return defaultLanguage
  }
}

export const storeLanguage = (language: TUiLanguage): void => {
  try {
    globalThis.localStorage?.setItem(storageKey, language)
  } catch {
    // Private mode or storage disabled: the choice simply is not remembered.
  }
}

/** The key of the shared `{ zh, en }` label objects (roleLabels, errorMessages, …). */
export const toLabelLanguage = (language: string): TLanguage =>
  language.startsWith('en') ? 'en' : 'zh'

/** Picks the text of a shared `{ zh, en }` label for the UI language. */
export const pickLabel = (
  label: { zh: string; en: string } | undefined,
  language: string,
): string => (label ? label[toLabelLanguage(language)] : '')

/** The `Accept-Language` the API understands. */
export const toAcceptLanguage = (language: string): string =>
  language.startsWith('en') ? 'en' : 'zh-CN'
