import { App } from 'antd'
import { todayInChina } from '@cr/shared/party/calendar'
import { ZTransferReceipt } from '@cr/shared/party/party-member'
import { useForm } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import type { z } from 'zod'
import { ProblemAlert } from '@/components/errors/problem-alert'
import { DateInput } from '@/components/ui/date-input'
import { Form } from '@/components/ui/form/form'
import { FormActions } from '@/components/ui/form/form-actions'
import { FormField } from '@/components/ui/form/form-field'
import { schemaResolver } from '@/components/ui/form/schema-resolver'
import { useFormProblem } from '@/components/ui/form/use-form-problem'
import { useIdempotencyKey } from '@/hooks/use-idempotency-key'
import { useTransferReceipt } from '../api/transfers'

type TProps = { transferId: string; title: string; onDone: () => void }

/** 登记回执: the day the receiving organisation's 回执 came back; the letter is then closed. */
export const ReceiptForm = ({ transferId, title, onDone }: TProps) => {
  const { t } = useTranslation('party')
  const { message } = App.useApp()
  const receipt = useTransferReceipt()
  const keeper = useIdempotencyKey()
  const form = useForm<{ on: string | null }, unknown, z.output<typeof ZTransferReceipt>>({
    resolver: schemaResolver(ZTransferReceipt),
    defaultValues: { on: todayInChina() },
  })
  const problem = useFormProblem(form.setError, ['on'])
  const onSubmit = form.handleSubmit((data) => {
    problem.clear()
    receipt.mutate(
      { id: transferId, data, idempotencyKey: keeper.keyFor(data) },
      {
        onSuccess: () => {
          keeper.reset()
          void message.success(t('letter.receiptDone'))
          onDone()
        },
        onError: problem.handle,
      },
    )
  })
  return (
    <Form onSubmit={onSubmit} aria-label={title}>
      {problem.problem && (
        <ProblemAlert error={problem.problem.error} otherErrors={problem.problem.otherErrors} />
      )}
      <FormField
        control={form.control}
        name="on"
        label={t('letter.receiptOn')}
        extra={t('letter.receiptHelp')}
        required
      >
        {(field, a11y) => <DateInput {...a11y} value={field.value} onChange={field.onChange} />}
      </FormField>
      <FormActions
        submitting={receipt.isPending}
        onCancel={onDone}
        submitLabel={t('letter.registerReceipt')}
      />
    </Form>
  )
}
