import type { TLanguage } from '@cr/shared/common/error-messages'
import { errorCodeOfMessage, messageFor } from '@cr/shared/common/issue'
import type { z } from 'zod'

type TTranslate = (key: TValidationKey, params?: Record<string, unknown>) => string
export type TValidationKey =
  | 'validation.required'
  | 'validation.tooShort'
  | 'validation.tooLong'
  | 'validation.tooFew'
  | 'validation.tooMany'
  | 'validation.format'
  | 'validation.date'
  | 'validation.choice'

type TIssue = z.core.$ZodRawIssue

/**
 * Plain-language messages for the checks clerks hit most (blank, too short, wrong format).
 * Zod's own locale (`z.locales.zhCN()`/`en()`) stays underneath for the rest: its texts
 * ("数值过小：期望 string >=2 字符") are correct but read like a programmer's note.
 */
export const createZodErrorMap =
  (t: TTranslate) =>
  (issue: TIssue): string | undefined => {
    switch (issue.code) {
      case 'invalid_type':
        return issue.input === undefined || issue.input === null || issue.input === ''
          ? t('validation.required')
          : undefined
      case 'too_small': {
        const min = Number(issue.minimum)
        if (issue.origin === 'string')
          return min <= 1 ? t('validation.required') : t('validation.tooShort', { min })
        if (issue.origin === 'array') return t('validation.tooFew', { min })
        return undefined
      }
      case 'too_big':
        if (issue.origin === 'string')
          return t('validation.tooLong', { max: Number(issue.maximum) })
        if (issue.origin === 'array') return t('validation.tooMany', { max: Number(issue.maximum) })
        return undefined
      case 'invalid_format':
        return issue.format === 'date' || issue.format === 'datetime'
          ? t('validation.date')
          : t('validation.format')
      case 'invalid_value':
        return t('validation.choice')
      default:
        return undefined
    }
  }

/**
 * The shared schemas carry their custom messages in Chinese (with `params.code`); by the time
 * a resolver hands a message to a field only the text is left, so English is found through it.
 */
export const localizeSharedMessage = (message: string, language: TLanguage): string => {
  // A code, not words, when the value failed before the message table arrived (issue.ts).
  const code = errorCodeOfMessage(message)
  return code ? messageFor(code, language) : message
}
