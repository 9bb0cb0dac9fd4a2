import { InputNumber, Space, Typography } from 'antd'
import {
  assistanceLimitMonthsDefault,
  assistanceUrgentWorkingDaysDefault,
  ZSettingsUpdate,
  type TSettings,
} from '@cr/shared/settings/settings'
import { useForm } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import type { z } from 'zod'
import { FormField } from '@/components/ui/form/form-field'
import { schemaResolver } from '@/components/ui/form/schema-resolver'
import { SubmitForm } from '@/components/ui/form/submit-form'
import { useSubmit } from '@/components/ui/form/use-submit'
import { useUpdateSettings } from '../api/update-settings'

/** A cleared number input is null: the schema refuses it with the range message. */
type TShare = { numerator: number | null; denominator: number | null }
type TValues = {
  assistanceLimitMonths: number | null
  assistanceUrgentWorkingDays: number | null
  subsidyDeliberationRule: { present: TShare; agree: TShare }
}
const fields = [
  'assistanceLimitMonths',
  'assistanceUrgentWorkingDays',
  'subsidyDeliberationRule.present.numerator',
  'subsidyDeliberationRule.present.denominator',
  'subsidyDeliberationRule.agree.numerator',
  'subsidyDeliberationRule.agree.denominator',
] as const

/** 临时救助's limit and urgent deadline, and 民主评议's pass rule, saved with If-Match. */
export const SubsidySettingsForm = ({
  settings,
  onReload,
}: {
  settings: TSettings
  onReload: () => void
}) => {
  const { t } = useTranslation(['settings', 'common'])
  const form = useForm<TValues, unknown, z.output<typeof ZSettingsUpdate>>({
    resolver: schemaResolver(ZSettingsUpdate),
    values: {
      assistanceLimitMonths: settings.assistanceLimitMonths,
      assistanceUrgentWorkingDays: settings.assistanceUrgentWorkingDays,
      subsidyDeliberationRule: settings.subsidyDeliberationRule,
    },
  })
  const update = useUpdateSettings()
  const submit = useSubmit({
    form,
    fields,
    send: (data) => update.mutateAsync({ version: settings.version, data }),
    done: t('saved'),
  })
  const number = (
    name: (typeof fields)[number],
    label: string,
    range: [number, number],
    extra?: string,
    suffix?: string,
  ) => (
    <FormField control={form.control} name={name} label={label} extra={extra} required>
      {(field, a11y) => (
        <InputNumber
          {...a11y}
          min={range[0]}
          max={range[1]}
          precision={0}
          suffix={suffix}
          value={field.value as number | null}
          onChange={(v) => field.onChange(v)}
          style={{ width: suffix ? 200 : 100 }}
        />
      )}
    </FormField>
  )
  const share = (key: 'present' | 'agree') => (
    <fieldset style={{ border: 0, padding: 0, margin: 0 }}>
      <legend style={{ fontSize: 14, marginBottom: 4 }}>{t(`subsidies.${key}`)}</legend>
      <Space align="start" wrap>
        {number(`subsidyDeliberationRule.${key}.numerator`, t('subsidies.numerator'), [1, 100])}
        <span aria-hidden style={{ lineHeight: '64px' }}>
          /
        </span>
        {number(`subsidyDeliberationRule.${key}.denominator`, t('subsidies.denominator'), [1, 100])}
      </Space>
    </fieldset>
  )
  return (
    <SubmitForm submit={submit} aria-label={t('subsidies.legend')} onReload={onReload}>
      <h2 style={{ fontSize: 16, fontWeight: 600, margin: '0 0 4px' }}>{t('subsidies.legend')}</h2>
      <Typography.Paragraph type="secondary">{t('subsidies.intro')}</Typography.Paragraph>
      {number(
        'assistanceLimitMonths',
        t('subsidies.limitMonths'),
        [1, 24],
        t('subsidies.limitHelp', { months: assistanceLimitMonthsDefault }),
        t('subsidies.limitUnit'),
      )}
      {number(
        'assistanceUrgentWorkingDays',
        t('subsidies.urgentDays'),
        [1, 30],
        t('subsidies.urgentHelp', { days: assistanceUrgentWorkingDaysDefault }),
        t('subsidies.urgentUnit'),
      )}
      {share('present')}
      {share('agree')}
      <Typography.Paragraph type="secondary">{t('subsidies.ruleHelp')}</Typography.Paragraph>
    </SubmitForm>
  )
}
