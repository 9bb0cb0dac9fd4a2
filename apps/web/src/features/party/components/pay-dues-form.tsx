import { Input } from 'antd'
import { ZDate } from '@cr/shared/common/record'
import { ZMonth, todayInChina } from '@cr/shared/party/calendar'
import { formatYuan } from '@cr/shared/party/money'
import { useForm } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { z } from 'zod'
import { DateInput } from '@/components/ui/date-input'
import { FormField } from '@/components/ui/form/form-field'
import { schemaResolver } from '@/components/ui/form/schema-resolver'
import { SubmitForm } from '@/components/ui/form/submit-form'
import { useSubmit } from '@/components/ui/form/use-submit'
import { usePayDues } from '../api/member-steps'
import { currentMonth } from '../utils/party-dates'
import { MonthInput } from './month-input'

const ZPayDuesForm = z.object({
  month: ZMonth,
  paidOn: ZDate,
  amount: z
    .string()
    .trim()
    .optional()
    .transform((v) => v || undefined),
})
type TValues = { month: string | null; paidOn: string | null; amount: string }
const fields = ['month', 'paidOn', 'amount'] as const

export type TPayDuesTarget = { memberId: string; name: string; standardFen: number; month?: string }

type TProps = { target: TPayDuesTarget; title: string; onDone: () => void }

/** 登记党费: one month, paid on a day; the amount defaults to the member's standard. */
export const PayDuesForm = ({ target, title, onDone }: TProps) => {
  const { t } = useTranslation(['party', 'common'])
  const pay = usePayDues()
  const form = useForm<TValues, unknown, z.output<typeof ZPayDuesForm>>({
    resolver: schemaResolver(ZPayDuesForm),
    defaultValues: { month: target.month ?? currentMonth(), paidOn: todayInChina(), amount: '' },
  })
  const submit = useSubmit({
    form,
    fields,
    send: (data, idempotencyKey) => pay.mutateAsync({ id: target.memberId, data, idempotencyKey }),
    done: t('steps.done.payDues'),
    onDone,
  })
  return (
    <SubmitForm submit={submit} aria-label={title} onCancel={onDone}>
      <FormField
        control={form.control}
        name="month"
        label={t('steps.fields.month')}
        extra={t('steps.help.month')}
        required
      >
        {(field, a11y) => (
          <MonthInput
            {...a11y}
            value={field.value}
            onChange={field.onChange}
            max={currentMonth()}
          />
        )}
      </FormField>
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
    </SubmitForm>
  )
}
