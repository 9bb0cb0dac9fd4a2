import { passwordPolicies } from '@cr/shared/auth/password-policy'
import { roleLabels, roles } from '@cr/shared/auth/roles'
import { residentStatusLabels, residentStatuses } from '@cr/shared/residents/life-event'
import { useTranslation } from 'react-i18next'
import { pickLabel } from '@/lib/language'

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null

/** Turns a snapshot value into text a clerk can read (labels, 是/否, names instead of ids). */
export const useAuditValue = () => {
  const { t, i18n } = useTranslation(['audit', 'settings'])
  const format = (field: string, value: unknown): string => {
    if (value === null || value === undefined || value === '') return t('diff.empty')
    if (typeof value === 'boolean') return value ? t('diff.yes') : t('diff.no')
    if (field === 'role' && (roles as readonly unknown[]).includes(value))
      return pickLabel(roleLabels[value as (typeof roles)[number]], i18n.language)
    if (field === 'status' && (residentStatuses as readonly unknown[]).includes(value))
      return pickLabel(
        residentStatusLabels[value as (typeof residentStatuses)[number]],
        i18n.language,
      )
    if (field === 'passwordPolicy' && (passwordPolicies as readonly unknown[]).includes(value))
      return t(`settings:policies.${value as 'dengbao' | 'asvs'}.name`)
    if (Array.isArray(value))
      return value.length === 0
        ? t('diff.empty')
        : value.map((v) => format(field, v)).join(i18n.language === 'en' ? ', ' : '、')
    if (isObject(value)) return typeof value.name === 'string' ? value.name : JSON.stringify(value)
    return String(value)
  }
  const fieldName = (field: string): string => {
    const key = `fieldNames.${field}`
    return i18n.exists(key, { ns: 'audit' }) ? t(key as 'fieldNames.name') : field
  }
  return { format, fieldName }
}
