import { todayInChina } from '@cr/shared/party/calendar'
import { useForm, type Control } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import type { z } from 'zod'
import { schemaResolver } from '@/components/ui/form/schema-resolver'
import { SubmitForm } from '@/components/ui/form/submit-form'
import { useSubmit } from '@/components/ui/form/use-submit'
import { usePayDuesBatch } from '../api/pay-dues-batch'
import { currentMonth } from '../utils/party-dates'
import { ZPayDuesBatchForm } from '../utils/pay-dues-values'
import { DuesMonthsFields, type TDuesMonthsValues } from './dues-months-fields'

type TValues = TDuesMonthsValues & { memberIds: string[] }
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
  const submit = useSubmit({
    form,
    fields: ['month', 'toMonth', 'paidOn'],
    send: (data, idempotencyKey) => pay.mutateAsync({ data, idempotencyKey }),
    done: (result) => t('members.batch.paid', { count: result.paid }),
    onDone,
  })
  return (
    <SubmitForm
      submit={submit}
      aria-label={title}
      onCancel={onCancel}
      submitLabel={t('members.batch.paySubmit', { count: memberIds.length })}
    >
      <DuesMonthsFields control={form.control as unknown as Control<TDuesMonthsValues>} />
      <p style={{ color: 'rgba(0,0,0,0.45)', fontSize: 13 }}>{t('members.batch.payHint')}</p>
    </SubmitForm>
  )
}
