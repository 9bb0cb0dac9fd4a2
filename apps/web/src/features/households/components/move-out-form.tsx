import { Input } from 'antd'
import { ZHouseholdMoveOut, type THousehold } from '@cr/shared/households/household'
import { useForm } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { z } from 'zod'
import { ProblemAlert } from '@/components/errors/problem-alert'
import { Form } from '@/components/ui/form/form'
import { FormActions } from '@/components/ui/form/form-actions'
import { FormField } from '@/components/ui/form/form-field'
import { schemaResolver } from '@/components/ui/form/schema-resolver'
import { ZOptionalFormDate } from '@/lib/form-date'
import { useMoveOut } from '../api/move-out'
import { DateField } from './date-field'
import { useHouseholdForm } from './use-household-form'

const ZMoveOutForm = z.object({ date: ZOptionalFormDate, reason: ZHouseholdMoveOut.shape.reason })
type TValues = { date: string | null; reason: string }
type TMember = THousehold['members'][number]
type TProps = { household: THousehold; member: TMember; title: string; onDone: () => void }

/** 迁出: the member leaves the household (and the registry's dwelling) on a date, for a reason. */
export const MoveOutForm = ({ household, member, title, onDone }: TProps) => {
  const { t } = useTranslation('households')
  const form = useForm<TValues, unknown, z.output<typeof ZMoveOutForm>>({
    resolver: schemaResolver(ZMoveOutForm),
    defaultValues: { date: null, reason: '' },
  })
  const { submit, problem, submitting } = useHouseholdForm({
    householdId: household.id,
    mutation: useMoveOut(),
    setError: form.setError,
    fields: ['date', 'reason'],
    doneMessage: t('done.moveOut'),
    onDone,
  })
  return (
    <Form
      onSubmit={form.handleSubmit((v) => submit({ ...v, residentId: member.resident.id }))}
      aria-label={title}
    >
      {problem && <ProblemAlert error={problem.error} otherErrors={problem.otherErrors} />}
      <DateField control={form.control} name="date" />
      <FormField control={form.control} name="reason" label={t('fields.reason')}>
        {(field, a11y) => (
          <Input.TextArea {...field} {...a11y} rows={2} maxLength={200} autoFocus />
        )}
      </FormField>
      <FormActions submitting={submitting} onCancel={onDone} />
    </Form>
  )
}
