import { Input } from 'antd'
import { todayInChina } from '@cr/shared/party/calendar'
import {
  ZPendingRegistrationResolve,
  type TPendingRegistration,
} from '@cr/shared/rentals/pending-registration'
import { useForm } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import type { z } from 'zod'
import { DateInput } from '@/components/ui/date-input'
import { FormField } from '@/components/ui/form/form-field'
import { schemaResolver } from '@/components/ui/form/schema-resolver'
import { SubmitForm } from '@/components/ui/form/submit-form'
import { useSubmit } from '@/components/ui/form/use-submit'
import { useResolvePendingRegistration } from '../api/pending-registration-steps'

type TValues = { resolvedOn: string | null; clearReason: string }

/** 核销: the person is not to be registered here (moved away, a short visit …), with why. */
export const ClearPendingForm = ({
  pending,
  title,
  onDone,
}: {
  pending: TPendingRegistration
  title: string
  onDone: () => void
}) => {
  const { t } = useTranslation(['rentalChecks', 'common'])
  // The reason is what clears, so it is required here (the contract's "registered or cleared"
  // rule names the registration, which this form does not have).
  const schema = ZPendingRegistrationResolve.superRefine((v, ctx) => {
    if (!v.clearReason)
      ctx.addIssue({
        code: 'custom',
        path: ['clearReason'],
        message: t('common:validation.required'),
      })
  })
  const form = useForm<TValues, unknown, z.output<typeof schema>>({
    resolver: schemaResolver(schema),
    defaultValues: { resolvedOn: todayInChina(), clearReason: '' },
  })
  const resolve = useResolvePendingRegistration()
  const submit = useSubmit({
    form,
    fields: ['resolvedOn', 'clearReason'],
    send: (data, idempotencyKey) =>
      resolve.mutateAsync({ id: pending.id, version: pending.version, data, idempotencyKey }),
    done: t('pending.cleared'),
    onDone,
  })
  return (
    <SubmitForm submit={submit} aria-label={title} onCancel={onDone}>
      <FormField control={form.control} name="resolvedOn" label={t('pending.clearedOn')} required>
        {({ value, onChange }, a11y) => <DateInput {...a11y} value={value} onChange={onChange} />}
      </FormField>
      <FormField
        control={form.control}
        name="clearReason"
        label={t('pending.clearReason')}
        required
      >
        {(field, a11y) => (
          <Input.TextArea
            {...field}
            {...a11y}
            autoFocus
            rows={2}
            maxLength={200}
            placeholder={t('pending.clearReasonPlaceholder')}
          />
        )}
      </FormField>
    </SubmitForm>
  )
}
