import type { TLanguage } from '../common/error-messages.ts'
import { auditFieldLabel, specOf } from './audit-fields.ts'

export type TAuditTexts = { empty: string; yes: string; no: string; separator: string }
export const auditTexts: Record<TLanguage, TAuditTexts> = {
  zh: { empty: '（空）', yes: '是', no: '否', separator: '、' },
  en: { empty: '(empty)', yes: 'Yes', no: 'No', separator: ', ' },
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v)

/** Bookkeeping fields every record has; they change on every write and say nothing. */
export const auditNoiseFields: ReadonlySet<string> = new Set([
  'id',
  'version',
  'createdAt',
  'updatedAt',
])

/**
 * A snapshot's value as a person reads it: codes as their names (性别 1 → 男, 人口类别
 * registered → 户籍人口, GB/T 4761 与户主关系 10 → 配偶), 是/否, references by their name,
 * lists joined, nested objects as 字段：值. Masked values stay masked: snapshots never hold a
 * full ID number or phone.
 */
export const auditValueText = (
  entityType: string,
  field: string,
  value: unknown,
  language: TLanguage,
): string => {
  const texts = auditTexts[language]
  if (value === null || value === undefined || value === '') return texts.empty
  if (typeof value === 'boolean') return value ? texts.yes : texts.no
  if (Array.isArray(value))
    return value.length === 0
      ? texts.empty
      : value.map((v) => auditValueText(entityType, field, v, language)).join(texts.separator)
  if (isObject(value)) return objectText(entityType, field, value, language)
  const text = String(value)
  return specOf(entityType, field)?.values?.(text)?.[language] ?? text
}

/** What a person recognises a nested record by: 张三（配偶）, an address, or its fields. */
const objectText = (
  entityType: string,
  field: string,
  value: Record<string, unknown>,
  language: TLanguage,
): string => {
  const ref = value.resident ?? value.member
  const named =
    typeof value.name === 'string'
      ? value.name
      : isObject(ref) && typeof ref.name === 'string'
        ? ref.name
        : typeof value.address === 'string'
          ? value.address
          : null
  if (named !== null) {
    const notes = [
      value.isHead === true ? auditFieldLabel(entityType, 'isHead', language) : null,
      typeof value.relationship === 'string' && value.isHead !== true
        ? auditValueText(entityType, 'relationship', value.relationship, language)
        : null,
      typeof value.present === 'boolean'
        ? value.present
          ? auditFieldLabel('party_meeting', 'present', language)
          : `${language === 'zh' ? '缺席' : 'absent'}${value.absenceReason ? `: ${String(value.absenceReason)}` : ''}`
        : null,
      typeof value.idNumberMasked === 'string' && !isObject(ref) ? value.idNumberMasked : null,
    ].filter((n): n is string => Boolean(n))
    return notes.length ? `${named}（${notes.join('，')}）` : named
  }
  // A nested field may mean something else than the record's own of that name (`dues.category`).
  const key = (k: string) => (specOf(entityType, `${field}.${k}`) ? `${field}.${k}` : k)
  return Object.entries(value)
    .filter(([k, v]) => !auditNoiseFields.has(k) && v !== null && v !== undefined && v !== '')
    .map(
      ([k, v]) =>
        `${auditFieldLabel(entityType, key(k), language)}${language === 'zh' ? '：' : ': '}${auditValueText(entityType, key(k), v, language)}`,
    )
    .join(language === 'zh' ? '，' : '; ')
}
