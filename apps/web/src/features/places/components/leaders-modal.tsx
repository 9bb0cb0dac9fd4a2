import { App, Modal } from 'antd'
import type { TBuilding } from '@cr/shared/places/building'
import { ZBuildingLeaders } from '@cr/shared/places/building'
import { useForm } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { ProblemAlert } from '@/components/errors/problem-alert'
import { ResidentPicker } from '@/components/resident-picker/resident-picker'
import { Form } from '@/components/ui/form/form'
import { FormActions } from '@/components/ui/form/form-actions'
import { FormField } from '@/components/ui/form/form-field'
import { schemaResolver } from '@/components/ui/form/schema-resolver'
import { useFormProblem } from '@/components/ui/form/use-form-problem'
import { useIdempotencyKey } from '@/hooks/use-idempotency-key'
import { useSetBuildingLeaders } from '../api/set-building-leaders'

type TValues = { residentIds: string[] }

const LeadersForm = ({ building, onDone }: { building: TBuilding; onDone: () => void }) => {
  const { t } = useTranslation(['places', 'common'])
  const { message } = App.useApp()
  const form = useForm<TValues, unknown, TValues>({
    resolver: schemaResolver(ZBuildingLeaders),
    defaultValues: { residentIds: building.leaders.map((l) => l.id) },
  })
  const save = useSetBuildingLeaders()
  const keeper = useIdempotencyKey()
  const problem = useFormProblem(form.setError, ['residentIds'])
  const onSubmit = form.handleSubmit(({ residentIds }) => {
    problem.clear()
    save.mutate(
      { id: building.id, residentIds, idempotencyKey: keeper.keyFor(residentIds) },
      {
        onSuccess: () => (
          keeper.reset(),
          void message.success(t('common:messages.saved')),
          onDone()
        ),
        onError: problem.handle,
      },
    )
  })
  return (
    <Form
      onSubmit={onSubmit}
      aria-label={t('buildingDetails.leadersTitle', { name: building.address })}
    >
      {problem.problem && (
        <ProblemAlert error={problem.problem.error} otherErrors={problem.problem.otherErrors} />
      )}
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
      <FormActions submitting={save.isPending} onCancel={onDone} />
    </Form>
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
