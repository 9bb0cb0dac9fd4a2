import { ZHouseholdMoveIn, type THousehold } from '@cr/shared/households/household'
import { useForm } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { z } from 'zod'
import { ProblemAlert } from '@/components/errors/problem-alert'
import { ResidentPicker } from '@/components/resident-picker/resident-picker'
import { Form } from '@/components/ui/form/form'
import { FormActions } from '@/components/ui/form/form-actions'
import { FormField } from '@/components/ui/form/form-field'
import { schemaResolver } from '@/components/ui/form/schema-resolver'
import { ZOptionalFormDate } from '@/lib/form-date'
import { useMoveIn } from '../api/move-in'
import { DateField } from './date-field'
import { RelationshipField } from './relationship-field'
import { useHouseholdForm } from './use-household-form'

const { residentId, relationship } = ZHouseholdMoveIn.shape
const ZMoveInForm = z.object({ residentId, relationship, date: ZOptionalFormDate })
type TValues = { residentId: string | undefined; relationship: string | null; date: string | null }

type TProps = { household: THousehold; title: string; onDone: () => void }

/** 迁入成员: a resident in no household, their relationship to the head, the date. */
export const MoveInForm = ({ household, title, onDone }: TProps) => {
  const { t } = useTranslation('households')
  const form = useForm<TValues, unknown, z.output<typeof ZMoveInForm>>({
    resolver: schemaResolver(ZMoveInForm),
    defaultValues: { residentId: undefined, relationship: null, date: null },
  })
  const { submit, problem, submitting } = useHouseholdForm({
    householdId: household.id,
    mutation: useMoveIn(),
    setError: form.setError,
    fields: ['residentId', 'relationship', 'date'],
    doneMessage: t('done.moveIn'),
    onDone,
  })
  return (
    <Form onSubmit={form.handleSubmit(submit)} aria-label={title}>
      {problem && <ProblemAlert error={problem.error} otherErrors={problem.otherErrors} />}
      <FormField
        control={form.control}
        name="residentId"
        label={t('fields.resident')}
        required
        extra={t('help.resident')}
      >
        {({ value, onChange, onBlur }, a11y) => (
          <ResidentPicker
            {...a11y}
            committeeId={household.committee.id}
            exclude={household.members.map((m) => m.resident.id)}
            value={value}
            onChange={onChange}
            onBlur={onBlur}
          />
        )}
      </FormField>
      <RelationshipField
        control={form.control}
        name="relationship"
        label={t('fields.relationship')}
      />
      <DateField control={form.control} name="date" />
      <FormActions submitting={submitting} onCancel={onDone} />
    </Form>
  )
}
