import { Alert, Input } from 'antd'
import { todayInChina } from '@cr/shared/party/calendar'
import {
  ZLifeEventCreate,
  lifeEventDestinationTypes,
  lifeEventLabels,
  type TLifeEventType,
} from '@cr/shared/residents/life-event'
import type { TResident } from '@cr/shared/residents/resident'
import { useForm, useWatch } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import type { z } from 'zod'
import { DateInput } from '@/components/ui/date-input'
import { FormField } from '@/components/ui/form/form-field'
import { schemaResolver } from '@/components/ui/form/schema-resolver'
import { SubmitForm } from '@/components/ui/form/submit-form'
import { useSubmit } from '@/components/ui/form/use-submit'
import { LabelSelect } from '@/components/ui/label-select'
import { pickLabel } from '@/lib/language'
import { useRecordLifeEvent } from '../api/record-life-event'

type TValues = {
  type: TLifeEventType | undefined
  date: string | null
  destination: string
  reason: string
  documentNumber: string
}
type TProps = {
  resident: TResident
  /** The events that fit the person now (`lifeEventChoices`). */
  choices: readonly TLifeEventType[]
  title: string
  onDone: () => void
}

const fields = ['type', 'date', 'destination', 'reason', 'documentNumber'] as const

/**
 * 登记变动: the type (only those that fit the person's status), the date, and the fields the
 * type asks for — 迁往地 for a move out, 原因 for a correction. 死亡 and 更正 are confirmed first.
 */
export const LifeEventForm = ({ resident, choices, title, onDone }: TProps) => {
  const { t, i18n } = useTranslation('residents')
  const labels = Object.fromEntries(choices.map((c) => [c, lifeEventLabels[c]])) as Record<
    TLifeEventType,
    { zh: string; en: string }
  >
  const form = useForm<TValues, unknown, z.output<typeof ZLifeEventCreate>>({
    resolver: schemaResolver(ZLifeEventCreate),
    defaultValues: {
      type: choices.length === 1 ? choices[0] : undefined,
      date: todayInChina(),
      destination: '',
      reason: '',
      documentNumber: '',
    },
  })
  const type = useWatch({ control: form.control, name: 'type' })
  const hasDestination = !!type && lifeEventDestinationTypes.includes(type)
  const record = useRecordLifeEvent()
  const confirm =
    type === 'deceased' || type === 'corrected'
      ? {
          title: t(`lifeEvents.confirm.${type}.title`, { name: resident.name }),
          content: t(`lifeEvents.confirm.${type}.content`),
        }
      : undefined
  const submit = useSubmit({
    form,
    fields,
    send: (data, idempotencyKey) =>
      record.mutateAsync({
        id: resident.id,
        // A destination typed for another type is not sent.
        data: { ...data, destination: hasDestination ? data.destination : null },
        idempotencyKey,
      }),
    confirm,
    done: type
      ? t('lifeEvents.done', { type: pickLabel(lifeEventLabels[type], i18n.language) })
      : '',
    onDone,
  })
  return (
    <SubmitForm
      submit={submit}
      aria-label={title}
      onCancel={onDone}
      submitLabel={t('lifeEvents.submit')}
    >
      {resident.household && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          title={t('lifeEvents.leavesHousehold', { address: resident.household.address })}
        />
      )}
      <FormField control={form.control} name="type" label={t('lifeEvents.fields.type')} required>
        {(field, a11y) => (
          <LabelSelect
            {...a11y}
            labels={labels}
            value={field.value}
            onChange={field.onChange}
            onBlur={field.onBlur}
          />
        )}
      </FormField>
      {type === 'deceased' && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          title={t('lifeEvents.deceasedWarning')}
        />
      )}
      <FormField
        control={form.control}
        name="date"
        label={t('lifeEvents.fields.date')}
        required
        extra={t('lifeEvents.help.date')}
      >
        {(field, a11y) => <DateInput {...a11y} value={field.value} onChange={field.onChange} />}
      </FormField>
      {hasDestination && (
        <FormField
          control={form.control}
          name="destination"
          label={t(`lifeEvents.fields.destination.${type as 'moved_out'}`)}
          required={type === 'moved_out'}
        >
          {(field, a11y) => <Input {...field} {...a11y} maxLength={200} />}
        </FormField>
      )}
      <FormField
        control={form.control}
        name="reason"
        label={t(
          type === 'corrected' ? 'lifeEvents.fields.correction' : 'lifeEvents.fields.reason',
        )}
        required={type === 'corrected'}
      >
        {(field, a11y) => <Input.TextArea {...field} {...a11y} rows={2} maxLength={200} />}
      </FormField>
      {type !== 'corrected' && (
        <FormField
          control={form.control}
          name="documentNumber"
          label={t('lifeEvents.fields.documentNumber')}
          extra={t('lifeEvents.help.documentNumber')}
        >
          {(field, a11y) => <Input {...field} {...a11y} maxLength={50} />}
        </FormField>
      )}
    </SubmitForm>
  )
}
