import { ZHouseholdTransfer, type THousehold } from '@cr/shared/households/household'
import { useForm } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { z } from 'zod'
import { FormField } from '@/components/ui/form/form-field'
import { schemaResolver } from '@/components/ui/form/schema-resolver'
import { SubmitForm } from '@/components/ui/form/submit-form'
import { useSubmit } from '@/components/ui/form/use-submit'
import { ZOptionalFormDate } from '@/lib/form-date'
import { useTransfer } from '../api/transfer'
import { DateField } from './date-field'
import { HouseholdPicker } from './household-picker'
import { RelationshipField } from './relationship-field'

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
  const transfer = useTransfer()
  const submit = useSubmit({
    form,
    fields: ['toHouseholdId', 'relationship', 'date'],
    send: (values, idempotencyKey) =>
      transfer.mutateAsync({
        id: household.id,
        data: { ...values, residentId: member.resident.id },
        idempotencyKey,
      }),
    done: t('done.transfer'),
    onDone,
  })
  return (
    <SubmitForm submit={submit} aria-label={title} onCancel={onDone}>
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
    </SubmitForm>
  )
}
