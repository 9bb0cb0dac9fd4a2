import { z } from 'zod'
import type { $ZodIssue } from 'zod/v4/core'
import { isErrorCode, type TErrorCode, type TLanguage } from '@cr/shared/common/error-messages'
import { errorCodeOfMessage, messageFor } from '@cr/shared/common/issue'
import type { TFieldError, TProblem } from '@cr/shared/common/problem'
import type { TFieldProblem } from './errors.ts'

const zodLocales = { zh: z.locales.zhCN(), en: z.locales.en() }

/** Where a request part's field paths start: body fields bare, others prefixed. */
const partPrefix: Record<string, string> = {
  body: '',
  querystring: 'query.',
  params: 'params.',
  headers: 'headers.',
}

/** Renders one zod issue as a field error in the given language, with a stable code. */
export const fieldErrorFromIssue = (
  issue: $ZodIssue,
  lang: TLanguage,
  part = 'body',
): TFieldError => {
  const path = (partPrefix[part] ?? '') + issue.path.map(String).join('.')
  const params = 'params' in issue ? (issue.params as { code?: unknown } | undefined) : undefined
  const customCode = params?.code ?? errorCodeOfMessage(issue.message)
  if (isErrorCode(customCode))
    return { path, code: customCode, message: messageFor(customCode, lang) }
  if (issue.code === 'invalid_type' && (issue as { input?: unknown }).input === undefined) {
    return { path, code: 'required', message: messageFor('required', lang) }
  }
  const localised = zodLocales[lang].localeError?.(issue as never)
  const message = typeof localised === 'string' ? localised : (localised?.message ?? issue.message)
  return { path, code: issue.code, message }
}

export const fieldErrorFromProblem = (field: TFieldProblem, lang: TLanguage): TFieldError => {
  const base = isErrorCode(field.code)
    ? messageFor(field.code, lang)
    : (field.message ?? field.code)
  const message = field.detail ? `${base}${lang === 'zh' ? '：' : ': '}${field.detail[lang]}` : base
  return {
    path: field.path,
    code: field.code,
    message: field.subject ? `${field.subject}${lang === 'zh' ? '：' : ': '}${message}` : message,
  }
}

/** An RFC 9457 document. `type` is a stable relative URI derived from the code. */
export const problemBody = (
  code: TErrorCode,
  status: number,
  lang: TLanguage,
  requestId: string,
  errors?: TFieldError[],
): TProblem => ({
  type: `/problems/${code.replaceAll('_', '-')}`,
  title: messageFor(code, lang),
  status,
  code,
  requestId,
  ...(errors && errors.length > 0 ? { errors } : {}),
})
