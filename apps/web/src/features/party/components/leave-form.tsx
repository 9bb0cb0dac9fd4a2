import { Alert, Input } from 'antd'
import { todayInChina } from '@cr/shared/party/calendar'
import { ZMemberLeave, memberStateLabels, type TPartyMember } from '@cr/shared/party/party-member'
import { useForm, useWatch } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import type { z } from 'zod'
import { ProblemAlert } from '@/components/errors/problem-alert'
import { DateInput } from '@/components/ui/date-input'
import { Form } from '@/components/ui/form/form'
import { FormActions } from '@/components/ui/form/form-actions'
import { FormField } from '@/components/ui/form/form-field'
import { schemaResolver } from '@/components/ui/form/schema-resolver'
import { LabelSelect } from '@/components/ui/label-select'
import { pickLabel } from '@/lib/language'
import { useLeaveRoll } from '../api/member-steps'
import { useStepForm } from './use-step-form'

type TLeaveState = z.output<typeof ZMemberLeave>['state']
const leaveLabels: Record<TLeaveState, { zh: string; en: string }> = {
  left: memberStateLabels.left,
  deceased: memberStateLabels.deceased,
  expelled: memberStateLabels.expelled,
}
type TValues = { state: TLeaveState | undefined; on: string | null; reason: string }

type TProps = { member: TPartyMember; title: string; onDone: () => void }

/** 离开名册: 出党, death or expulsion, with the date and the reason; asked once more. */
export const LeaveForm = ({ member, title, onDone }: TProps) => {
  const { t, i18n } = useTranslation('party')
  const form = useForm<TValues, unknown, z.output<typeof ZMemberLeave>>({
    resolver: schemaResolver(ZMemberLeave),
    defaultValues: { state: undefined, on: todayInChina(), reason: '' },
  })
  const state = useWatch({ control: form.control, name: 'state' })
  const stateName = state ? pickLabel(leaveLabels[state], i18n.language) : ''
  const step = useStepForm({
    member,
    mutation: useLeaveRoll(),
    setError: form.setError,
    fields: ['state', 'on', 'reason'],
    confirm: {
      title: t('steps.confirmTitle.leave', { name: member.resident.name, state: stateName }),
      content: t('steps.confirmHint.leave'),
    },
    doneMessage: t('steps.done.leave'),
    onDone,
  })
  return (
    <Form onSubmit={form.handleSubmit(step.submit)} aria-label={title}>
      {step.problem && (
        <ProblemAlert error={step.problem.error} otherErrors={step.problem.otherErrors} />
      )}
      <Alert type="warning" showIcon style={{ marginBottom: 12 }} title={t('steps.help.leave')} />
      <FormField control={form.control} name="state" label={t('steps.fields.leaveState')} required>
        {(field, a11y) => (
          <LabelSelect
            {...a11y}
            labels={leaveLabels}
            value={field.value}
            onChange={field.onChange}
            onBlur={field.onBlur}
          />
        )}
      </FormField>
      <FormField control={form.control} name="on" label={t('steps.fields.on')} required>
        {(field, a11y) => <DateInput {...a11y} value={field.value} onChange={field.onChange} />}
      </FormField>
      <FormField control={form.control} name="reason" label={t('steps.fields.reason')} required>
        {(field, a11y) => <Input.TextArea {...field} {...a11y} rows={2} maxLength={200} />}
      </FormField>
      <FormActions submitting={step.submitting} onCancel={onDone} submitLabel={t('steps.leave')} />
    </Form>
  )
}
