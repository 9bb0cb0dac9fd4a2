import { Input, Modal } from 'antd'
import { todayInChina } from '@cr/shared/party/calendar'
import { formatYuan } from '@cr/shared/party/money'
import { ZDateInput, optionalText } from '@cr/shared/common/record'
import { ZAssistanceRefuse, type TAssistanceCase } from '@cr/shared/subsidies/assistance-case'
import { useForm } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { z } from 'zod'
import { DateInput } from '@/components/ui/date-input'
import { FormField } from '@/components/ui/form/form-field'
import { schemaResolver } from '@/components/ui/form/schema-resolver'
import { SubmitForm } from '@/components/ui/form/submit-form'
import { useSubmit } from '@/components/ui/form/use-submit'
import { useAssistanceStep, type TAssistanceStepVerb } from '../api/assistance-cases'

/** The step open on a case: 审批, 发放 or 不予救助. */
export type TAssistanceStepTarget = { verb: TAssistanceStepVerb; record: TAssistanceCase }

const dateField = { approve: 'approvedOn', pay: 'paidOn', refuse: 'refusedOn' } as const
type TValues = { on: string | null; text: string }

/** The form's values as the step's body wants them: a date, and a note or the reason. */
const valuesSchema = (verb: TAssistanceStepVerb) =>
  z.object({
    on: ZDateInput,
    text: verb === 'refuse' ? ZAssistanceRefuse.shape.reason : optionalText(500),
  })

/**
 * One step's form: its date (today by default) and a note — for a refusal, the reason, required
 * — confirmed before it is sent (the step is audited and not undone).
 */
const StepForm = ({
  target,
  title,
  onDone,
}: {
  target: TAssistanceStepTarget
  title: string
  onDone: () => void
}) => {
  const { t } = useTranslation(['assistance', 'common'])
  const { verb, record } = target
  const step = useAssistanceStep(verb)
  const schema = valuesSchema(verb)
  const form = useForm<TValues, unknown, z.output<typeof schema>>({
    resolver: schemaResolver(schema),
    defaultValues: { on: todayInChina(), text: '' },
  })
  const name = record.resident.name
  const amount = formatYuan(record.amountFen)
  const submit = useSubmit({
    form,
    fields: ['on', 'text'],
    confirm: {
      title: t(`steps.${verb}Confirm`, { name, amount }),
      content: t('steps.confirmContent'),
    },
    send: ({ on, text }, idempotencyKey) =>
      step.mutateAsync({
        id: record.id,
        version: record.version,
        // The server's field paths (`paidOn`, `reason`) are shown on the form's alert.
        data: (verb === 'refuse'
          ? { refusedOn: on, reason: text ?? '' }
          : { [dateField[verb]]: on, note: text }) as never,
        idempotencyKey,
      }),
    done: t(`steps.${verb === 'approve' ? 'approved' : verb === 'pay' ? 'paid' : 'refused'}`),
    onDone,
  })
  return (
    <SubmitForm
      submit={submit}
      aria-label={title}
      onCancel={onDone}
      submitLabel={t(`steps.${verb}`)}
    >
      <FormField control={form.control} name="on" label={t(`steps.${dateField[verb]}`)} required>
        {({ value, onChange }, a11y) => <DateInput {...a11y} value={value} onChange={onChange} />}
      </FormField>
      <FormField
        control={form.control}
        name="text"
        label={verb === 'refuse' ? t('steps.reason') : t('steps.note')}
        required={verb === 'refuse'}
      >
        {(field, a11y) => (
          <Input.TextArea
            {...field}
            {...a11y}
            rows={2}
            maxLength={500}
            autoFocus={verb === 'refuse'}
          />
        )}
      </FormField>
    </SubmitForm>
  )
}

/** The step's dialog; Esc or 取消 closes it without saving. */
export const AssistanceStepModal = ({
  target,
  onClose,
}: {
  target: TAssistanceStepTarget | null
  onClose: () => void
}) => {
  const { t } = useTranslation('assistance')
  const title = target ? t(`steps.${target.verb}Title`, { name: target.record.resident.name }) : ''
  return (
    <Modal
      open={target !== null}
      title={title}
      onCancel={onClose}
      footer={null}
      destroyOnHidden
      width={480}
    >
      {target && <StepForm target={target} title={title} onDone={onClose} />}
    </Modal>
  )
}
