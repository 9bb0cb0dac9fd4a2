import { addMonthsToMonth, isCalendarDate, monthOf, todayInChina } from '@cr/shared/party/calendar'
import { advancePaymentLimitMonths } from '@cr/shared/party/dues-roll'
import { useForm, useWatch } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import type { z } from 'zod'
import { DateInput } from '@/components/ui/date-input'
import { FormField } from '@/components/ui/form/form-field'
import { schemaResolver } from '@/components/ui/form/schema-resolver'
import { SubmitForm } from '@/components/ui/form/submit-form'
import { useSubmit } from '@/components/ui/form/use-submit'
import { usePayDuesBatch } from '../api/pay-dues-batch'
import { currentMonth } from '../utils/party-dates'
import { ZPayDuesBatchForm } from '../utils/pay-dues-values'
import { MonthInput } from './month-input'

type TValues = {
  memberIds: string[]
  month: string | null
  toMonth: string | null
  paidOn: string | null
}
type TProps = { memberIds: string[]; title: string; onDone: () => void; onCancel: () => void }

/**
 * 批量登记党费: the month (or months) the selected members paid, and the day; each member pays at
 * their own standard. A member who cannot pay for them refuses the batch, named in the alert.
 */
export const PayDuesBatchForm = ({ memberIds, title, onDone, onCancel }: TProps) => {
  const { t } = useTranslation(['party', 'common'])
  const pay = usePayDuesBatch()
  const form = useForm<TValues, unknown, z.output<typeof ZPayDuesBatchForm>>({
    resolver: schemaResolver(ZPayDuesBatchForm),
    defaultValues: { memberIds, month: currentMonth(), toMonth: null, paidOn: todayInChina() },
  })
  const [month, paidOn] = useWatch({ control: form.control, name: ['month', 'paidOn'] })
  const submit = useSubmit({
    form,
    fields: ['month', 'toMonth', 'paidOn'],
    send: (data, idempotencyKey) => pay.mutateAsync({ data, idempotencyKey }),
    done: (result) => t('members.batch.paid', { count: result.paid }),
    onDone,
  })
  // Months may be paid for up to a year after the month of payment, as for one member.
  const latest = addMonthsToMonth(
    monthOf(paidOn && isCalendarDate(paidOn) ? paidOn : todayInChina()),
    advancePaymentLimitMonths,
  )
  return (
    <SubmitForm
      submit={submit}
      aria-label={title}
      onCancel={onCancel}
      submitLabel={t('members.batch.paySubmit', { count: memberIds.length })}
    >
      <div className="party-form-grid">
        <FormField control={form.control} name="month" label={t('steps.fields.month')} required>
          {(field, a11y) => (
            <MonthInput {...a11y} value={field.value} onChange={field.onChange} max={latest} />
          )}
        </FormField>
        <FormField
          control={form.control}
          name="toMonth"
          label={t('steps.fields.toMonth')}
          extra={t('steps.help.toMonth')}
        >
          {(field, a11y) => (
            <MonthInput
              {...a11y}
              value={field.value}
              onChange={field.onChange}
              min={month ?? undefined}
              max={latest}
              allowClear
            />
          )}
        </FormField>
      </div>
      <FormField control={form.control} name="paidOn" label={t('steps.fields.paidOn')} required>
        {(field, a11y) => <DateInput {...a11y} value={field.value} onChange={field.onChange} />}
      </FormField>
      <p style={{ color: 'rgba(0,0,0,0.45)', fontSize: 13 }}>{t('members.batch.payHint')}</p>
    </SubmitForm>
  )
}
