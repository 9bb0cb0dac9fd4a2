import { App } from 'antd'
import { useForm } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import type { z } from 'zod'
import { ProblemAlert } from '@/components/errors/problem-alert'
import { Form } from '@/components/ui/form/form'
import { FormActions } from '@/components/ui/form/form-actions'
import { schemaResolver } from '@/components/ui/form/schema-resolver'
import { useFormProblem } from '@/components/ui/form/use-form-problem'
import { useIdempotencyKey } from '@/hooks/use-idempotency-key'
import { useCreateDwelling } from '../api/create-dwelling'
import { DwellingFields } from './dwelling-fields'
import {
  ZDwellingCreateForm,
  dwellingFieldNames,
  emptyDwellingValues,
  type TDwellingFormValues,
} from './dwelling-form-values'

type TProps = { buildingId?: string; onDone: () => void; onCreated: (id: string) => void }

export const CreateDwellingForm = ({ buildingId, onDone, onCreated }: TProps) => {
  const { t } = useTranslation(['common', 'places'])
  const { message } = App.useApp()
  const form = useForm<TDwellingFormValues, unknown, z.output<typeof ZDwellingCreateForm>>({
    resolver: schemaResolver(ZDwellingCreateForm),
    defaultValues: emptyDwellingValues(buildingId),
  })
  const create = useCreateDwelling()
  const keeper = useIdempotencyKey()
  const problem = useFormProblem(form.setError, dwellingFieldNames)

  const onSubmit = form.handleSubmit((data) => {
    problem.clear()
    create.mutate(
      { data, idempotencyKey: keeper.keyFor(data) },
      {
        onSuccess: (dwelling) => {
          keeper.reset()
          void message.success(t('messages.created'))
          onDone()
          onCreated(dwelling.id)
        },
        onError: problem.handle,
      },
    )
  })

  return (
    <Form onSubmit={onSubmit} aria-label={t('places:createDwellingTitle')}>
      {problem.problem && (
        <ProblemAlert error={problem.problem.error} otherErrors={problem.problem.otherErrors} />
      )}
      <DwellingFields control={form.control} />
      <FormActions submitting={create.isPending} onCancel={onDone} />
    </Form>
  )
}
