import { App, Modal } from 'antd'
import type { TDwelling } from '@cr/shared/places/dwelling'
import { useForm, useWatch, type Path } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import type { z } from 'zod'
import { ProblemAlert } from '@/components/errors/problem-alert'
import { ResidentPicker } from '@/components/resident-picker/resident-picker'
import { DateInput } from '@/components/ui/date-input'
import { Form } from '@/components/ui/form/form'
import { FormActions } from '@/components/ui/form/form-actions'
import { FormField } from '@/components/ui/form/form-field'
import { schemaResolver } from '@/components/ui/form/schema-resolver'
import { useFormProblem } from '@/components/ui/form/use-form-problem'
import { useIdempotencyKey } from '@/hooks/use-idempotency-key'
import { useCreateHousehold } from '../api/create-household'
import {
  ZHouseholdForm,
  emptyHouseholdValues,
  householdFieldNames,
  type THouseholdFormValues,
} from './household-form-values'
import { HouseholdMemberRows } from './household-member-rows'

const HouseholdForm = ({ dwelling, onDone }: { dwelling: TDwelling; onDone: () => void }) => {
  const { t } = useTranslation(['places', 'common'])
  const { message } = App.useApp()
  const form = useForm<THouseholdFormValues, unknown, z.output<typeof ZHouseholdForm>>({
    resolver: schemaResolver(ZHouseholdForm),
    defaultValues: emptyHouseholdValues,
  })
  const create = useCreateHousehold()
  const keeper = useIdempotencyKey()
  const memberCount = useWatch({ control: form.control, name: 'members' }).length
  const fields = householdFieldNames(memberCount) as Path<THouseholdFormValues>[]
  const problem = useFormProblem(form.setError, fields)

  const onSubmit = form.handleSubmit((values) => {
    problem.clear()
    const data = { ...values, dwellingId: dwelling.id }
    create.mutate(
      { data, idempotencyKey: keeper.keyFor(data) },
      {
        onSuccess: () => (keeper.reset(), void message.success(t('household.created')), onDone()),
        onError: problem.handle,
      },
    )
  })

  return (
    <Form onSubmit={onSubmit} aria-label={t('household.title', { address: dwelling.address })}>
      {problem.problem && (
        <ProblemAlert error={problem.problem.error} otherErrors={problem.problem.otherErrors} />
      )}
      <FormField control={form.control} name="headResidentId" label={t('household.head')} required>
        {({ value, onChange, onBlur }, a11y) => (
          <ResidentPicker
            {...a11y}
            committeeId={dwelling.committee.id}
            value={value}
            onChange={onChange}
            onBlur={onBlur}
          />
        )}
      </FormField>
      <HouseholdMemberRows control={form.control} committeeId={dwelling.committee.id} />
      <FormField
        control={form.control}
        name="movedInOn"
        label={t('household.date')}
        extra={t('household.dateHelp')}
      >
        {({ value, onChange }, a11y) => <DateInput {...a11y} value={value} onChange={onChange} />}
      </FormField>
      <FormActions submitting={create.isPending} onCancel={onDone} />
    </Form>
  )
}

/** 立户 in a dwelling: choose the head and the members with their relationship. */
export const CreateHouseholdModal = ({
  dwelling,
  onClose,
}: {
  dwelling: TDwelling | null
  onClose: () => void
}) => {
  const { t } = useTranslation('places')
  return (
    <Modal
      open={dwelling !== null}
      title={dwelling ? t('household.title', { address: dwelling.address }) : ''}
      onCancel={onClose}
      footer={null}
      destroyOnHidden
      width={680}
      mask={{ closable: false }}
    >
      {dwelling && <HouseholdForm dwelling={dwelling} onDone={onClose} />}
    </Modal>
  )
}
