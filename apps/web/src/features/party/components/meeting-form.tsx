import { Checkbox, Input, Skeleton, Typography } from 'antd'
import { todayInChina } from '@cr/shared/party/calendar'
import { meetingTypeLabels, type TMeetingType } from '@cr/shared/party/party-codes'
import { ZPartyMeetingCreate } from '@cr/shared/party/party-meeting'
import { Controller, useForm, useWatch } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import type { z } from 'zod'
import { ProblemResult } from '@/components/errors/problem-result'
import { DateInput } from '@/components/ui/date-input'
import { FormField } from '@/components/ui/form/form-field'
import { schemaResolver } from '@/components/ui/form/schema-resolver'
import { SubmitForm } from '@/components/ui/form/submit-form'
import { useSubmit } from '@/components/ui/form/use-submit'
import { LabelSelect } from '@/components/ui/label-select'
import { useWholeRoster } from '../api/get-members'
import { useCreateMeeting } from '../api/meetings'

const ZMeetingForm = ZPartyMeetingCreate.omit({ organizationId: true })
type TAttendee = { memberId: string; name: string; present: boolean; absenceReason: string }
type TValues = {
  type: TMeetingType | undefined
  heldOn: string | null
  title: string
  minutes: string
  attendance: TAttendee[]
}
const fields = ['type', 'heldOn', 'title', 'minutes', 'attendance'] as const

type TProps = { organizationId: string; title: string; onDone: () => void }

/** The form, once the roster it takes attendance from is loaded. */
const MeetingFormFields = ({
  organizationId,
  title,
  onDone,
  roster,
}: TProps & { roster: { id: string; name: string }[] }) => {
  const { t } = useTranslation(['party', 'common'])
  const create = useCreateMeeting()
  const form = useForm<TValues, unknown, z.output<typeof ZMeetingForm>>({
    resolver: schemaResolver(ZMeetingForm),
    defaultValues: {
      type: undefined,
      heldOn: todayInChina(),
      title: '',
      minutes: '',
      attendance: roster.map((m) => ({
        memberId: m.id,
        name: m.name,
        present: true,
        absenceReason: '',
      })),
    },
  })
  const attendance = useWatch({ control: form.control, name: 'attendance' })
  const submit = useSubmit({
    form,
    fields,
    send: (values, idempotencyKey) =>
      create.mutateAsync({
        data: {
          ...values,
          organizationId,
          // A reason belongs only to an absence.
          attendance: values.attendance.map((a) => (a.present ? { ...a, absenceReason: null } : a)),
        },
        idempotencyKey,
      }),
    done: t('meetings.created'),
    onDone,
  })
  const present = attendance.filter((a) => a.present).length
  return (
    <SubmitForm submit={submit} aria-label={title} onCancel={onDone}>
      <div className="party-form-row">
        <FormField control={form.control} name="type" label={t('meetings.fields.type')} required>
          {(field, a11y) => (
            <LabelSelect
              {...a11y}
              labels={meetingTypeLabels}
              value={field.value}
              onChange={field.onChange}
              onBlur={field.onBlur}
            />
          )}
        </FormField>
        <FormField
          control={form.control}
          name="heldOn"
          label={t('meetings.fields.heldOn')}
          required
        >
          {(field, a11y) => <DateInput {...a11y} value={field.value} onChange={field.onChange} />}
        </FormField>
      </div>
      <FormField control={form.control} name="title" label={t('meetings.fields.title')} required>
        {(field, a11y) => <Input {...field} {...a11y} maxLength={100} />}
      </FormField>
      <FormField control={form.control} name="minutes" label={t('meetings.fields.minutes')}>
        {(field, a11y) => <Input.TextArea {...field} {...a11y} rows={3} />}
      </FormField>
      <fieldset className="plain-fieldset">
        <legend>
          {t('meetings.fields.attendance')}{' '}
          <Typography.Text type="secondary">
            {t('meetings.attendanceCount', { present, total: attendance.length })}
          </Typography.Text>
        </legend>
        {roster.length === 0 ? (
          <p className="fieldset-hint">{t('meetings.noRoster')}</p>
        ) : (
          <ul className="party-attendance">
            {attendance.map((a, i) => (
              <li key={a.memberId}>
                <Controller
                  control={form.control}
                  name={`attendance.${i}.present`}
                  render={({ field }) => (
                    <Checkbox
                      checked={field.value}
                      onChange={(e) => field.onChange(e.target.checked)}
                    >
                      {a.name}
                    </Checkbox>
                  )}
                />
                {!a.present && (
                  <Controller
                    control={form.control}
                    name={`attendance.${i}.absenceReason`}
                    render={({ field }) => (
                      <Input
                        {...field}
                        size="small"
                        maxLength={100}
                        aria-label={t('meetings.absenceReason', { name: a.name })}
                        placeholder={t('meetings.absenceReasonPlaceholder')}
                      />
                    )}
                  />
                )}
              </li>
            ))}
          </ul>
        )}
      </fieldset>
    </SubmitForm>
  )
}

/** 新建会议: type, date, subject, minutes, and attendance taken from the roster. */
export const MeetingForm = (props: TProps) => {
  const roster = useWholeRoster(props.organizationId)
  if (roster.isPending) return <Skeleton active paragraph={{ rows: 6 }} />
  if (roster.isError)
    return <ProblemResult error={roster.error} onRetry={() => void roster.refetch()} />
  return (
    <MeetingFormFields
      {...props}
      roster={roster.data.items.map((m) => ({ id: m.id, name: m.resident.name }))}
    />
  )
}
