import { Alert, Input } from 'antd'
import { todayInChina } from '@cr/shared/party/calendar'
import { formatYuan } from '@cr/shared/party/money'
import { useForm, useWatch, type Control } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import type { z } from 'zod'
import { FormField } from '@/components/ui/form/form-field'
import { schemaResolver } from '@/components/ui/form/schema-resolver'
import { SubmitForm } from '@/components/ui/form/submit-form'
import { useSubmit } from '@/components/ui/form/use-submit'
import { usePayDues } from '../api/member-steps'
import { currentMonth } from '../utils/party-dates'
import { ZPayDuesForm, paymentTotal, type TPayDuesValues } from '../utils/pay-dues-values'
import { DuesMonthsFields, type TDuesMonthsValues } from './dues-months-fields'

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
  const total = paymentTotal({ month, toMonth, paidOn, amount }, target.standardFen)
  return (
    <SubmitForm submit={submit} aria-label={title} onCancel={onDone}>
      <DuesMonthsFields control={form.control as unknown as Control<TDuesMonthsValues>} />
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
