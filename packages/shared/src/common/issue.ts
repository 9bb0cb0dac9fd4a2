import type { TErrorCode, TErrorMessages, TLanguage } from './error-messages.ts'

/**
 * Issues with stable codes, without the message table. Every schema names its errors through
 * `issue(code)`; the words (both languages, every module's codes: the largest module of the
 * shared package) are looked up when a value fails, from the table `error-messages.ts` hands in
 * when it is loaded. The API and the tests load it at start; the web app fetches it right after
 * the first page (lib/error-messages.ts), so the schemas the sign-in page needs do not carry it.
 * Until it arrives, a message is its code — which `errorCodeOfMessage` reads back as the code.
 */
let table: TErrorMessages | undefined
let codeByChineseMessage: Map<string, TErrorCode> | undefined

export const provideErrorMessages = (messages: TErrorMessages) => {
  table = messages
  codeByChineseMessage = undefined
}

export const errorMessagesLoaded = () => table !== undefined

/** The message of a code in a language (the code itself before the table is loaded). */
export const messageFor = (code: TErrorCode, language: TLanguage = 'zh'): string =>
  table?.[code][language] ?? code

/**
 * The options object for a zod `.refine()`/`.check()` issue that carries a stable code. The
 * Chinese text is the issue message (what forms show); the API re-translates by `params.code`.
 */
export const issue = (code: TErrorCode) => ({ error: () => messageFor(code), params: { code } })

const codeLike = /^[a-z][a-z0-9_]*$/

/**
 * The code of one of our messages, from its Chinese text. Built-in zod checks (regex, min…)
 * keep only the message we gave them, not `params`, so this recovers the stable code.
 */
export const errorCodeOfMessage = (message: string): TErrorCode | undefined => {
  if (!table) return codeLike.test(message) ? (message as TErrorCode) : undefined
  codeByChineseMessage ??= new Map(
    Object.entries(table).map(([code, m]) => [m.zh, code as TErrorCode]),
  )
  return (
    codeByChineseMessage.get(message) ??
    (Object.hasOwn(table, message) ? (message as TErrorCode) : undefined)
  )
}
