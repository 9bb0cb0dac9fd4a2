import { App } from 'antd'
import { ZBuildingUpdate, type TBuilding } from '@cr/shared/places/building'
import { useForm } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import type { z } from 'zod'
import { ProblemAlert } from '@/components/errors/problem-alert'
import { Form } from '@/components/ui/form/form'
import { FormActions } from '@/components/ui/form/form-actions'
import { schemaResolver } from '@/components/ui/form/schema-resolver'
import { useFormProblem } from '@/components/ui/form/use-form-problem'
import { useUpdateBuilding } from '../api/update-building'
import {
  BuildingFields,
  buildingFieldNames,
  toBuildingFormValues,
  type TBuildingFormValues,
} from './building-fields'

/** The update schema; the form always shows (and sends) the required parts of the address. */
const ZEditBuilding = ZBuildingUpdate.required({ street: true, buildingNumber: true })

type TProps = { building: TBuilding; onReload: () => void; onDone: () => void }

export const EditBuildingForm = ({ building, onReload, onDone }: TProps) => {
  const { t } = useTranslation(['common', 'places'])
  const { message } = App.useApp()
  const form = useForm<TBuildingFormValues, unknown, z.output<typeof ZEditBuilding>>({
    resolver: schemaResolver(ZEditBuilding),
    values: toBuildingFormValues(building),
    resetOptions: { keepDirtyValues: false },
  })
  const update = useUpdateBuilding()
  const problem = useFormProblem(form.setError, buildingFieldNames)

  const onSubmit = form.handleSubmit((data) => {
    problem.clear()
    update.mutate(
      { id: building.id, version: building.version, data },
      {
        onSuccess: () => (void message.success(t('messages.saved')), onDone()),
        onError: problem.handle,
      },
    )
  })

  return (
    <Form
      onSubmit={onSubmit}
      aria-label={t('places:editBuildingTitle', { name: building.address })}
    >
      {problem.problem && (
        <ProblemAlert
          error={problem.problem.error}
          otherErrors={problem.problem.otherErrors}
          onReload={() => (problem.clear(), onReload())}
        />
      )}
      <BuildingFields control={form.control} fixedCommittee={building.committee.name} />
      <FormActions submitting={update.isPending} onCancel={onDone} />
    </Form>
  )
}
