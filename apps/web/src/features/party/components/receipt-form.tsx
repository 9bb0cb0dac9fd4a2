import { todayInChina } from '@cr/shared/party/calendar'
import { ZTransferReceipt } from '@cr/shared/party/party-member'
import { useForm } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import type { z } from 'zod'
import { DateInput } from '@/components/ui/date-input'
import { FormField } from '@/components/ui/form/form-field'
import { schemaResolver } from '@/components/ui/form/schema-resolver'
import { SubmitForm } from '@/components/ui/form/submit-form'
import { useSubmit } from '@/components/ui/form/use-submit'
import { useTransferReceipt } from '../api/transfers'

type TProps = { transferId: string; title: string; onDone: () => void }

/** 登记回执: the day the receiving organisation's 回执 came back; the letter is then closed. */
export const ReceiptForm = ({ transferId, title, onDone }: TProps) => {
  const { t } = useTranslation('party')
  const receipt = useTransferReceipt()
  const form = useForm<{ on: string | null }, unknown, z.output<typeof ZTransferReceipt>>({
    resolver: schemaResolver(ZTransferReceipt),
    defaultValues: { on: todayInChina() },
  })
  const submit = useSubmit({
    form,
    fields: ['on'],
    send: (data, idempotencyKey) => receipt.mutateAsync({ id: transferId, data, idempotencyKey }),
    done: t('letter.receiptDone'),
    onDone,
  })
  return (
    <SubmitForm
      submit={submit}
      aria-label={title}
      onCancel={onDone}
      submitLabel={t('letter.registerReceipt')}
    >
      <FormField
        control={form.control}
        name="on"
        label={t('letter.receiptOn')}
        extra={t('letter.receiptHelp')}
        required
      >
        {(field, a11y) => <DateInput {...a11y} value={field.value} onChange={field.onChange} />}
      </FormField>
    </SubmitForm>
  )
}
