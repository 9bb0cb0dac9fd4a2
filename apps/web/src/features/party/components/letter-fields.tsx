import { Input, InputNumber, Typography } from 'antd'
import type { ReactNode } from 'react'
import { todayInChina } from '@cr/shared/party/calendar'
import { useWatch, type Control, type FieldValues, type Path } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { DateInput } from '@/components/ui/date-input'
import { FormField } from '@/components/ui/form/form-field'
import { letterArrival } from '../utils/letter-form'

/** The letter a member brings (组织关系介绍信), as typed. */
export type TLetterValues = {
  serialNumber: string
  fromOrganization: string
  issuedOn: string | null
  validDays: number | null
  receivedOn: string | null
  delayReason: string
}

export const emptyLetter = (): TLetterValues => ({
  serialNumber: '',
  fromOrganization: '',
  issuedOn: null,
  validDays: null,
  receivedOn: todayInChina(),
  delayReason: '',
})

export const letterFields = [
  'letter.serialNumber',
  'letter.fromOrganization',
  'letter.issuedOn',
  'letter.validDays',
  'letter.receivedOn',
  'letter.delayReason',
] as const

type TProps<T extends FieldValues, O> = {
  control: Control<T, unknown, O>
  /** More of what the letter states (党费交至), at the end of its fields. */
  children?: ReactNode
}

/**
 * 介绍信: the serial number, the issuing organisation, the date, the days it is valid and the day
 * it reached this office. A letter that had expired when it arrived is taken in only with the
 * reason for the delay (延误原因, certified by the branch): the field shows up then.
 */
export const LetterFields = <T extends FieldValues & { letter?: TLetterValues }, O>({
  control,
  children,
}: TProps<T, O>) => {
  const { t } = useTranslation('party')
  const name = (field: keyof TLetterValues) => `letter.${field}` as Path<T>
  const [issuedOn, validDays, receivedOn] = useWatch({
    control,
    name: [name('issuedOn'), name('validDays'), name('receivedOn')],
  }) as [string | null, number | null, string | null]
  const arrival = letterArrival({ issuedOn, validDays, receivedOn })
  const date = (field: 'issuedOn' | 'receivedOn') => (
    <FormField
      control={control}
      name={name(field)}
      label={t(`transferIn.fields.${field}`)}
      extra={field === 'receivedOn' ? t('transferIn.help.receivedOn') : undefined}
      required
    >
      {(f, a11y) => <DateInput {...a11y} value={f.value as string | null} onChange={f.onChange} />}
    </FormField>
  )
  return (
    <fieldset className="party-fieldset">
      <legend>
        <Typography.Text strong>{t('transferIn.letter')}</Typography.Text>
      </legend>
      <div className="party-form-grid">
        <FormField
          control={control}
          name={name('serialNumber')}
          label={t('transferIn.fields.serialNumber')}
          required
        >
          {(f, a11y) => <Input {...f} {...a11y} maxLength={40} autoFocus />}
        </FormField>
        <FormField
          control={control}
          name={name('fromOrganization')}
          label={t('transferIn.fields.fromOrganization')}
          required
        >
          {(f, a11y) => <Input {...f} {...a11y} maxLength={100} />}
        </FormField>
        {date('issuedOn')}
        <FormField
          control={control}
          name={name('validDays')}
          label={t('transferIn.fields.validDays')}
          extra={t('transferIn.help.validDays')}
          required
        >
          {(f, a11y) => (
            <InputNumber
              {...a11y}
              min={1}
              max={92}
              precision={0}
              value={f.value as number | null}
              onChange={(v) => f.onChange(v)}
              style={{ width: 120 }}
            />
          )}
        </FormField>
        {date('receivedOn')}
        {children}
      </div>
      {arrival?.status === 'expired' && (
        <FormField
          control={control}
          name={name('delayReason')}
          label={t('transferIn.fields.delayReason')}
          extra={t('transferIn.help.delayReason', {
            date: arrival.validUntil,
            days: -arrival.daysLeft,
          })}
          required
        >
          {(f, a11y) => <Input.TextArea {...f} {...a11y} rows={2} maxLength={200} />}
        </FormField>
      )}
    </fieldset>
  )
}
