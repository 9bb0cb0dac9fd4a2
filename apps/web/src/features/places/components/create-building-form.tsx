import { App } from 'antd'
import { ZBuildingCreate } from '@cr/shared/places/building'
import { useForm } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import type { z } from 'zod'
import { ProblemAlert } from '@/components/errors/problem-alert'
import { Form } from '@/components/ui/form/form'
import { FormActions } from '@/components/ui/form/form-actions'
import { schemaResolver } from '@/components/ui/form/schema-resolver'
import { useFormProblem } from '@/components/ui/form/use-form-problem'
import { useIdempotencyKey } from '@/hooks/use-idempotency-key'
import { useMe } from '@/lib/auth'
import { useCreateBuilding } from '../api/create-building'
import { BuildingFields, buildingFieldNames, type TBuildingFormValues } from './building-fields'

type TProps = { committeeId?: string; onDone: () => void; onCreated: (id: string) => void }

export const CreateBuildingForm = ({ committeeId, onDone, onCreated }: TProps) => {
  const { t } = useTranslation(['common', 'places'])
  const { message } = App.useApp()
  const me = useMe()
  const form = useForm<TBuildingFormValues, unknown, z.output<typeof ZBuildingCreate>>({
    resolver: schemaResolver(ZBuildingCreate),
    defaultValues: {
      committeeId: committeeId ?? (me.committees.length === 1 ? me.committees[0]?.id : undefined),
      street: '',
      buildingNumber: '',
      estateName: '',
      gridCode: '',
    },
  })
  const create = useCreateBuilding()
  const keeper = useIdempotencyKey()
  const problem = useFormProblem(form.setError, buildingFieldNames)

  const onSubmit = form.handleSubmit((data) => {
    problem.clear()
    create.mutate(
      { data, idempotencyKey: keeper.keyFor(data) },
      {
        onSuccess: (building) => {
          keeper.reset()
          void message.success(t('messages.created'))
          onDone()
          onCreated(building.id)
        },
        onError: problem.handle,
      },
    )
  })

  return (
    <Form onSubmit={onSubmit} aria-label={t('places:createBuildingTitle')}>
      {problem.problem && (
        <ProblemAlert error={problem.problem.error} otherErrors={problem.problem.otherErrors} />
      )}
      <BuildingFields control={form.control} />
      <FormActions submitting={create.isPending} onCancel={onDone} />
    </Form>
  )
}
