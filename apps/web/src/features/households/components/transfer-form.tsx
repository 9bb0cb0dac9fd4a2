import { ZHouseholdTransfer, type THousehold } from '@cr/shared/households/household'
import { useForm } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { z } from 'zod'
import { ProblemAlert } from '@/components/errors/problem-alert'
import { Form } from '@/components/ui/form/form'
import { FormActions } from '@/components/ui/form/form-actions'
import { FormField } from '@/components/ui/form/form-field'
import { schemaResolver } from '@/components/ui/form/schema-resolver'
import { ZOptionalFormDate } from '@/lib/form-date'
import { useTransfer } from '../api/transfer'
import { DateField } from './date-field'
import { HouseholdPicker } from './household-picker'
import { RelationshipField } from './relationship-field'
import { useHouseholdForm } from './use-household-form'

const { toHouseholdId, relationship } = ZHouseholdTransfer.shape
const ZTransferForm = z.object({ toHouseholdId, relationship, date: ZOptionalFormDate })
type TValues = {
  toHouseholdId: string | undefined
  relationship: string | null
  date: string | null
}
type TMember = THousehold['members'][number]
type TProps = { household: THousehold; member: TMember; title: string; onDone: () => void }

/** 迁到他户: the member joins another household, with a relationship to its head. */
export const TransferForm = ({ household, member, title, onDone }: TProps) => {
  const { t } = useTranslation('households')
  const form = useForm<TValues, unknown, z.output<typeof ZTransferForm>>({
    resolver: schemaResolver(ZTransferForm),
    defaultValues: { toHouseholdId: undefined, relationship: null, date: null },
  })
  const { submit, problem, submitting } = useHouseholdForm({
    householdId: household.id,
    mutation: useTransfer(),
    setError: form.setError,
    fields: ['toHouseholdId', 'relationship', 'date'],
    doneMessage: t('done.transfer'),
    onDone,
  })
  return (
    <Form
      onSubmit={form.handleSubmit((v) => submit({ ...v, residentId: member.resident.id }))}
      aria-label={title}
    >
      {problem && <ProblemAlert error={problem.error} otherErrors={problem.otherErrors} />}
      <FormField
        control={form.control}
        name="toHouseholdId"
        label={t('fields.targetHousehold')}
        required
        extra={t('help.target')}
      >
        {({ value, onChange, onBlur }, a11y) => (
          <HouseholdPicker
            {...a11y}
            excludeId={household.id}
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
        extra={t('help.transferRelationship')}
      />
      <DateField control={form.control} name="date" />
      <FormActions submitting={submitting} onCancel={onDone} />
    </Form>
  )
}
