import { Modal } from 'antd'
import type { TBuilding } from '@cr/shared/places/building'
import { ZBuildingLeaders } from '@cr/shared/places/building'
import { useForm } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { ResidentPicker } from '@/components/resident-picker/resident-picker'
import { FormField } from '@/components/ui/form/form-field'
import { schemaResolver } from '@/components/ui/form/schema-resolver'
import { SubmitForm } from '@/components/ui/form/submit-form'
import { useSubmit } from '@/components/ui/form/use-submit'
import { useSetBuildingLeaders } from '../api/set-building-leaders'

type TValues = { residentIds: string[] }

const LeadersForm = ({ building, onDone }: { building: TBuilding; onDone: () => void }) => {
  const { t } = useTranslation(['places', 'common'])
  const form = useForm<TValues, unknown, TValues>({
    resolver: schemaResolver(ZBuildingLeaders),
    defaultValues: { residentIds: building.leaders.map((l) => l.id) },
  })
  const save = useSetBuildingLeaders()
  const submit = useSubmit({
    form,
    fields: ['residentIds'],
    send: ({ residentIds }, idempotencyKey) =>
      save.mutateAsync({ id: building.id, residentIds, idempotencyKey }),
    done: t('common:messages.saved'),
    onDone,
  })
  return (
    <SubmitForm
      submit={submit}
      aria-label={t('buildingDetails.leadersTitle', { name: building.address })}
      onCancel={onDone}
    >
      <FormField
        control={form.control}
        name="residentIds"
        label={t('fields.leaders')}
        extra={t('buildingDetails.leadersHelp')}
      >
        {({ value, onChange, onBlur }, a11y) => (
          <ResidentPicker
            {...a11y}
            mode="multiple"
            committeeId={building.committee.id}
            known={building.leaders}
            value={value}
            onChange={onChange}
            onBlur={onBlur}
          />
        )}
      </FormField>
    </SubmitForm>
  )
}

/** 设置楼长: the residents who look after a building. */
export const LeadersModal = ({
  building,
  onClose,
}: {
  building: TBuilding | null
  onClose: () => void
}) => {
  const { t } = useTranslation('places')
  return (
    <Modal
      open={building !== null}
      title={building ? t('buildingDetails.leadersTitle', { name: building.address }) : ''}
      onCancel={onClose}
      footer={null}
      destroyOnHidden
      width={520}
    >
      {building && <LeadersForm building={building} onDone={onClose} />}
    </Modal>
  )
}
