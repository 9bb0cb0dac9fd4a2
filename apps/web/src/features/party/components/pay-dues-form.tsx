import { Alert, Input } from 'antd'
import { addMonthsToMonth, isCalendarDate, monthOf, todayInChina } from '@cr/shared/party/calendar'
import { advancePaymentLimitMonths } from '@cr/shared/party/dues-roll'
import { formatYuan } from '@cr/shared/party/money'
import { useForm, useWatch } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import type { z } from 'zod'
import { DateInput } from '@/components/ui/date-input'
import { FormField } from '@/components/ui/form/form-field'
import { schemaResolver } from '@/components/ui/form/schema-resolver'
import { SubmitForm } from '@/components/ui/form/submit-form'
import { useSubmit } from '@/components/ui/form/use-submit'
import { usePayDues } from '../api/member-steps'
import { currentMonth } from '../utils/party-dates'
import { ZPayDuesForm, paymentTotal, type TPayDuesValues } from '../utils/pay-dues-values'
import { MonthInput } from './month-input'

const fields = ['month', 'toMonth', 'paidOn', 'amount'] as const

export type TPayDuesTarget = { memberId: string; name: string; standardFen: number; month?: string }

type TProps = { target: TPayDuesTarget; title: string; onDone: () => void }

/**
 * 登记党费: a month, or a run of months at once (按季度, 预交 up to a year ahead), paid on a day;
 * a month's amount defaults to the member's standard. The total is shown before it is sent.
 */
export const PayDuesForm = ({ target, title, onDone }: TProps) => {
  const { t } = useTranslation(['party', 'common'])
  const pay = usePayDues()
  const form = useForm<TPayDuesValues, unknown, z.output<typeof ZPayDuesForm>>({
    resolver: schemaResolver(ZPayDuesForm),
    defaultValues: {
      month: target.month ?? currentMonth(),
      toMonth: null,
      paidOn: todayInChina(),
      amount: '',
    },
  })
  const [month, toMonth, paidOn, amount] = useWatch({
    control: form.control,
    name: ['month', 'toMonth', 'paidOn', 'amount'],
  })
  const submit = useSubmit({
    form,
    fields,
    send: (data, idempotencyKey) => pay.mutateAsync({ id: target.memberId, data, idempotencyKey }),
    done: t('steps.done.payDues'),
    onDone,
  })
  // Months may be paid for up to a year after the month of payment.
  const latest = addMonthsToMonth(
    monthOf(paidOn && isCalendarDate(paidOn) ? paidOn : todayInChina()),
    advancePaymentLimitMonths,
  )
  const total = paymentTotal({ month, toMonth, paidOn, amount }, target.standardFen)
  return (
    <SubmitForm submit={submit} aria-label={title} onCancel={onDone}>
      <div className="party-form-grid">
        <FormField
          control={form.control}
          name="month"
          label={t('steps.fields.month')}
          extra={t('steps.help.month')}
          required
        >
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
      <FormField
        control={form.control}
        name="amount"
        label={t('steps.fields.amount')}
        extra={t('steps.help.amount', { amount: formatYuan(target.standardFen) })}
      >
        {(field, a11y) => (
          <Input {...field} {...a11y} inputMode="decimal" maxLength={12} style={{ width: 160 }} />
        )}
      </FormField>
      {total && (
        <Alert
          role="status"
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          title={t('steps.total', {
            months: total.months,
            amount: formatYuan(total.perMonthFen),
            total: formatYuan(total.totalFen),
          })}
        />
      )}
    </SubmitForm>
  )
}
