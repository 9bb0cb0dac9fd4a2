import { Modal } from 'antd'
import type { TDwelling } from '@cr/shared/places/dwelling'
import { useForm, useWatch, type Path } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import type { z } from 'zod'
import { ResidentPicker } from '@/components/resident-picker/resident-picker'
import { DateInput } from '@/components/ui/date-input'
import { FormField } from '@/components/ui/form/form-field'
import { schemaResolver } from '@/components/ui/form/schema-resolver'
import { SubmitForm } from '@/components/ui/form/submit-form'
import { useSubmit } from '@/components/ui/form/use-submit'
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
  const form = useForm<THouseholdFormValues, unknown, z.output<typeof ZHouseholdForm>>({
    resolver: schemaResolver(ZHouseholdForm),
    defaultValues: emptyHouseholdValues,
  })
  const create = useCreateHousehold()
  const memberCount = useWatch({ control: form.control, name: 'members' }).length
  const submit = useSubmit({
    form,
    fields: householdFieldNames(memberCount) as Path<THouseholdFormValues>[],
    send: (values, idempotencyKey) =>
      create.mutateAsync({ data: { ...values, dwellingId: dwelling.id }, idempotencyKey }),
    done: t('household.created'),
    onDone,
  })

  return (
    <SubmitForm
      submit={submit}
      aria-label={t('household.title', { address: dwelling.address })}
      onCancel={onDone}
    >
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
    </SubmitForm>
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
