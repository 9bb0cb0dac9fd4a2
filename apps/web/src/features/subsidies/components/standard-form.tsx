import { DatePicker, Input } from 'antd'
import dayjs from '@/lib/dayjs'
import { useForm } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { FormField } from '@/components/ui/form/form-field'
import { schemaResolver } from '@/components/ui/form/schema-resolver'
import { SubmitForm } from '@/components/ui/form/submit-form'
import { useSubmit } from '@/components/ui/form/use-submit'
import { printMonth } from '@/components/print/print-format'
import { useSetStandard } from '../api/standard-queries'
import { currentPayoutMonth } from '../utils/payout-search'
import { standardSchema, type TStandardValues } from '../utils/standard-values'

type TOut = { effectiveMonth: string; standardFen: number; floorFen: number }

/**
 * 设置低保标准 (administrators): the month it applies from, the standard and the floor per
 * person a month, in yuan. Confirmed first: the amounts of cases change from that month on.
 */
export const StandardForm = () => {
  const { t, i18n } = useTranslation('subsidyRoll')
  const schema = standardSchema({
    month: t('standards.errors.month'),
    standard: t('standards.errors.standard'),
    floor: t('standards.errors.floor'),
  })
  const form = useForm<TStandardValues, unknown, TOut>({
    resolver: schemaResolver(schema),
    defaultValues: { effectiveMonth: currentPayoutMonth(), standard: '', floor: '0' },
  })
  const set = useSetStandard()
  const submit = useSubmit({
    form,
    fields: ['effectiveMonth', 'standard', 'floor'],
    confirm: (data) => ({
      title: t('standards.confirmTitle', { month: printMonth(data.effectiveMonth, i18n.language) }),
      content: t('standards.note'),
    }),
    send: (data, idempotencyKey) => set.mutateAsync({ data, idempotencyKey }),
    done: t('standards.saved'),
    onDone: () => form.reset({ effectiveMonth: currentPayoutMonth(), standard: '', floor: '0' }),
  })
  return (
    <SubmitForm
      submit={submit}
      aria-label={t('standards.formTitle')}
      submitLabel={t('standards.save')}
    >
      <div style={{ display: 'flex', flexWrap: 'wrap', columnGap: 24 }}>
        <FormField
          control={form.control}
          name="effectiveMonth"
          label={t('standards.from')}
          required
        >
          {(field, a11y) => (
            <DatePicker
              {...a11y}
              picker="month"
              format="YYYY-MM"
              placeholder="YYYY-MM"
              value={field.value ? dayjs(`${field.value}-01`) : null}
              onChange={(d) => field.onChange(d ? d.format('YYYY-MM') : null)}
              onBlur={field.onBlur}
              style={{ width: 160 }}
            />
          )}
        </FormField>
        <FormField control={form.control} name="standard" label={t('standards.standard')} required>
          {(field, a11y) => (
            <Input
              {...a11y}
              {...field}
              inputMode="decimal"
              suffix={t('standards.unit')}
              style={{ width: 200 }}
            />
          )}
        </FormField>
        <FormField
          control={form.control}
          name="floor"
          label={t('standards.floor')}
          extra={t('standards.floorHelp')}
        >
          {(field, a11y) => (
            <Input
              {...a11y}
              {...field}
              inputMode="decimal"
              suffix={t('standards.unit')}
              style={{ width: 200 }}
            />
          )}
        </FormField>
      </div>
    </SubmitForm>
  )
}
