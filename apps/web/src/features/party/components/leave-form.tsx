import { Alert, Input } from 'antd'
import { todayInChina } from '@cr/shared/party/calendar'
import { ZMemberLeave, memberStateLabels, type TPartyMember } from '@cr/shared/party/party-member'
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
import { useLeaveRoll } from '../api/member-steps'

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
  const leave = useLeaveRoll()
  const submit = useSubmit({
    form,
    fields: ['state', 'on', 'reason'],
    send: (data, idempotencyKey) =>
      leave.mutateAsync({ id: member.id, version: member.version, data, idempotencyKey }),
    confirm: {
      title: t('steps.confirmTitle.leave', { name: member.resident.name, state: stateName }),
      content: t('steps.confirmHint.leave'),
    },
    done: t('steps.done.leave'),
    onDone,
  })
  return (
    <SubmitForm submit={submit} aria-label={title} onCancel={onDone} submitLabel={t('steps.leave')}>
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
    </SubmitForm>
  )
}
