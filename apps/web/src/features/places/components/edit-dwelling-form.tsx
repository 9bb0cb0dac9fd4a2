import { App } from 'antd'
import type { TDwelling } from '@cr/shared/places/dwelling'
import { useForm } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import type { z } from 'zod'
import { ProblemAlert } from '@/components/errors/problem-alert'
import { Form } from '@/components/ui/form/form'
import { FormActions } from '@/components/ui/form/form-actions'
import { schemaResolver } from '@/components/ui/form/schema-resolver'
import { useFormProblem } from '@/components/ui/form/use-form-problem'
import { useUpdateDwelling } from '../api/update-dwelling'
import { DwellingFields } from './dwelling-fields'
import {
  ZDwellingEditForm,
  dwellingFieldNames,
  toDwellingFormValues,
  type TDwellingFormValues,
} from './dwelling-form-values'

type TProps = { dwelling: TDwelling; onReload: () => void; onDone: () => void }

/** Edits the version it was given; a blank owner ID number keeps the stored one. */
export const EditDwellingForm = ({ dwelling, onReload, onDone }: TProps) => {
  const { t } = useTranslation(['common', 'places'])
  const { message } = App.useApp()
  const form = useForm<TDwellingFormValues, unknown, z.output<typeof ZDwellingEditForm>>({
    resolver: schemaResolver(ZDwellingEditForm),
    values: toDwellingFormValues(dwelling),
    resetOptions: { keepDirtyValues: false },
  })
  const update = useUpdateDwelling()
  const problem = useFormProblem(form.setError, dwellingFieldNames)

  const onSubmit = form.handleSubmit(({ ownerIdNumber, ...rest }) => {
    problem.clear()
    const data = ownerIdNumber ? { ...rest, ownerIdNumber } : rest
    update.mutate(
      { id: dwelling.id, version: dwelling.version, data },
      {
        onSuccess: () => (void message.success(t('messages.saved')), onDone()),
        onError: problem.handle,
      },
    )
  })

  return (
    <Form
      onSubmit={onSubmit}
      aria-label={t('places:editDwellingTitle', { name: dwelling.address })}
    >
      {problem.problem && (
        <ProblemAlert
          error={problem.problem.error}
          otherErrors={problem.problem.otherErrors}
          onReload={() => (problem.clear(), onReload())}
        />
      )}
      <DwellingFields
        control={form.control}
        fixed={{
          building: dwelling.building.name,
          ownerIdNumberMasked: dwelling.owner.idNumberMasked,
          ownerKnown: dwelling.owner.resident ?? undefined,
        }}
      />
      <FormActions submitting={update.isPending} onCancel={onDone} />
    </Form>
  )
}
