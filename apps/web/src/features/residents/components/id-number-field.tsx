import { CheckCircleFilled } from '@ant-design/icons'
import { Link } from '@tanstack/react-router'
import { Input, Space, Typography } from 'antd'
import { sexTable } from '@cr/shared/code-tables/sex'
import { messageFor } from '@cr/shared/common/issue'
import type { TProblem } from '@cr/shared/common/problem'
import { useState } from 'react'
import type { Control, UseFormClearErrors, UseFormSetError, UseFormSetValue } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { FormField } from '@/components/ui/form/form-field'
import { recordPaths } from '@/config/paths'
import { idNumberFeedback, type TIdNumberFeedback } from '../utils/id-number-feedback'
import type { TResidentFormValues } from './resident-form-values'

type TProps<TOut> = {
  control: Control<TResidentFormValues, unknown, TOut>
  setValue: UseFormSetValue<TResidentFormValues>
  setError: UseFormSetError<TResidentFormValues>
  clearErrors: UseFormClearErrors<TResidentFormValues>
  /** The resident who already has this number (a 409 on create). */
  existing?: TProblem['existing']
  /** Called on each change (a 409's pointer no longer applies to a new number). */
  onTyped?: () => void
}

/**
 * 身份证号 with live validation: as the clerk types, a complete number fills 性别 and 出生日期,
 * and a wrong check digit is said at once, in the words of the shared error messages.
 */
export const IdNumberField = <TOut,>({
  control,
  setValue,
  setError,
  clearErrors,
  existing,
  onTyped,
}: TProps<TOut>) => {
  const { t } = useTranslation('residents')
  const [feedback, setFeedback] = useState<TIdNumberFeedback>({ state: 'empty' })

  const apply = (raw: string, final: boolean) => {
    const next = idNumberFeedback(raw, final)
    setFeedback(next)
    const valid = next.state === 'valid'
    // The older permanent-residence numbers do not say the sex: the clerk chooses it.
    if (!valid) setValue('sex', undefined)
    else if (next.id.sex !== null) setValue('sex', next.id.sex === 'male' ? '1' : '2')
    setValue('birthDate', valid ? next.id.birthDate : undefined)
    if (next.state === 'invalid')
      setError('idNumber', { type: 'live', message: messageFor(next.error) })
    else clearErrors(['idNumber', 'sex', 'birthDate'])
  }

  const extra = ({ invalid }: { invalid: boolean }) => {
    if (existing?.type === 'resident')
      return (
        <Link to={recordPaths.resident} params={{ residentId: existing.id }}>
          {t('openExisting')}
        </Link>
      )
    if (invalid) return undefined
    if (feedback.state !== 'valid') return t('help.idNumber')
    const { id } = feedback
    if (id.sex === null)
      return (
        <Typography.Text type="warning">
          {t('idCheck.noSex', { birthDate: id.birthDate })}
        </Typography.Text>
      )
    const sex = sexTable.nameOf(id.sex === 'male' ? '1' : '2') ?? ''
    return (
      <Space orientation="vertical" size={0} aria-live="polite">
        <Typography.Text type="success">
          <CheckCircleFilled aria-hidden /> {t('idCheck.valid', { sex, birthDate: id.birthDate })}
        </Typography.Text>
        {id.upgraded && (
          <Typography.Text type="secondary">
            {t('idCheck.upgraded', { value: id.value })}
          </Typography.Text>
        )}
      </Space>
    )
  }

  return (
    <FormField
      control={control}
      name="idNumber"
      label={t('fields.idNumber')}
      required
      extra={extra}
    >
      {(field, a11y) => (
        <Input
          {...field}
          {...a11y}
          onChange={(e) => {
            field.onChange(e.target.value)
            apply(e.target.value, false)
            onTyped?.()
          }}
          onBlur={() => (field.onBlur(), apply(field.value, true))}
          maxLength={24}
          autoComplete="off"
          spellCheck={false}
          className="mono"
        />
      )}
    </FormField>
  )
}
