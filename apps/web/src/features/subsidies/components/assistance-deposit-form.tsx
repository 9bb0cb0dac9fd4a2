import { Input } from 'antd'
import { todayInChina } from '@cr/shared/party/calendar'
import { ZAssistanceFundDeposit } from '@cr/shared/subsidies/assistance-case'
import { useForm } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import type { z } from 'zod'
import { CommitteeSelect } from '@/components/committee-select/committee-select'
import { DateInput } from '@/components/ui/date-input'
import { FormField } from '@/components/ui/form/form-field'
import { schemaResolver } from '@/components/ui/form/schema-resolver'
import { SubmitForm } from '@/components/ui/form/submit-form'
import { useSubmit } from '@/components/ui/form/use-submit'
import { useDepositIntoFund } from '../api/assistance-cases'

type TValues = { committeeId: string | undefined; on: string | null; amount: string; note: string }

/** 拨入备用金 (supervisors): into one committee's fund, dated, in yuan. */
export const AssistanceDepositForm = ({
  title,
  committeeId,
  onDone,
}: {
  title: string
  /** The committee shown in the list's filter, if any: the likely one. */
  committeeId?: string | undefined
  onDone: () => void
}) => {
  const { t } = useTranslation(['assistance', 'common'])
  const deposit = useDepositIntoFund()
  const form = useForm<TValues, unknown, z.output<typeof ZAssistanceFundDeposit>>({
    resolver: schemaResolver(ZAssistanceFundDeposit),
    defaultValues: { committeeId, on: todayInChina(), amount: '', note: '' },
  })
  const submit = useSubmit({
    form,
    fields: ['committeeId', 'on', 'amount', 'note'],
    // The amount as typed, in yuan (the resolver's output is in 分).
    send: (data, idempotencyKey) =>
      deposit.mutateAsync({ data: { ...data, amount: form.getValues('amount') }, idempotencyKey }),
    done: t('fund.deposited'),
    onDone,
  })
  return (
    <SubmitForm
      submit={submit}
      aria-label={title}
      onCancel={onDone}
      submitLabel={t('fund.deposit')}
    >
      <FormField control={form.control} name="committeeId" label={t('fund.committee')} required>
        {({ value, onChange }, a11y) => (
          <CommitteeSelect {...a11y} value={value} onChange={onChange} />
        )}
      </FormField>
      <FormField control={form.control} name="on" label={t('fund.on')} required>
        {({ value, onChange }, a11y) => <DateInput {...a11y} value={value} onChange={onChange} />}
      </FormField>
      <FormField control={form.control} name="amount" label={t('fund.amount')} required>
        {(field, a11y) => (
          <Input {...field} {...a11y} inputMode="decimal" maxLength={12} style={{ width: 180 }} />
        )}
      </FormField>
      <FormField control={form.control} name="note" label={t('fund.note')}>
        {(field, a11y) => (
          <Input {...field} {...a11y} maxLength={200} placeholder={t('fund.notePlaceholder')} />
        )}
      </FormField>
    </SubmitForm>
  )
}
