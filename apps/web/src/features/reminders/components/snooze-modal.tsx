import { Input, Modal } from 'antd'
import { addDays, todayInChina } from '@cr/shared/party/calendar'
import { ZReminderSnooze, type TReminder } from '@cr/shared/reminders/reminder'
import { useForm } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import type { z } from 'zod'
import { DateInput } from '@/components/ui/date-input'
import { FormField } from '@/components/ui/form/form-field'
import { schemaResolver } from '@/components/ui/form/schema-resolver'
import { SubmitForm } from '@/components/ui/form/submit-form'
import { useSubmit } from '@/components/ui/form/use-submit'
import { useSnoozeReminder } from '../api/reminder-steps'

type TValues = { key: string; until: string | null; reason: string }

/** 暂缓: until a day after today (a week unless chosen) and why, both required. */
const SnoozeForm = ({
  reminder,
  title,
  onDone,
}: {
  reminder: TReminder
  title: string
  onDone: () => void
}) => {
  const { t } = useTranslation('reminders')
  const form = useForm<TValues, unknown, z.output<typeof ZReminderSnooze>>({
    resolver: schemaResolver(ZReminderSnooze),
    defaultValues: { key: reminder.key, until: addDays(todayInChina(), 7), reason: '' },
  })
  const snooze = useSnoozeReminder()
  const submit = useSubmit({
    form,
    fields: ['until', 'reason'],
    send: (data, idempotencyKey) => snooze.mutateAsync({ data, idempotencyKey }),
    done: (result) => t('snoozed', { date: result.items[0]?.snoozedUntil ?? '' }),
    onDone,
  })
  return (
    <SubmitForm submit={submit} aria-label={title} onCancel={onDone}>
      <p style={{ marginTop: 0 }}>{reminder.title}</p>
      <FormField control={form.control} name="until" label={t('snoozeUntil')} required>
        {({ value, onChange }, a11y) => <DateInput {...a11y} value={value} onChange={onChange} />}
      </FormField>
      <FormField control={form.control} name="reason" label={t('snoozeReason')} required>
        {(field, a11y) => (
          <Input.TextArea
            {...field}
            {...a11y}
            rows={3}
            maxLength={200}
            showCount
            placeholder={t('snoozeReasonHint')}
          />
        )}
      </FormField>
    </SubmitForm>
  )
}

export const SnoozeModal = ({
  reminder,
  onClose,
}: {
  reminder: TReminder | null
  onClose: () => void
}) => {
  const { t } = useTranslation('reminders')
  const title = t('snoozeTitle')
  return (
    <Modal
      open={reminder !== null}
      title={title}
      onCancel={onClose}
      footer={null}
      destroyOnHidden
      width={480}
      mask={{ closable: false }}
    >
      {reminder && <SnoozeForm reminder={reminder} title={title} onDone={onClose} />}
    </Modal>
  )
}
