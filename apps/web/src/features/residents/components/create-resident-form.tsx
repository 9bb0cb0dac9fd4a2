import { App } from 'antd'
import type { TProblem } from '@cr/shared/common/problem'
import { ZResidentCreate } from '@cr/shared/residents/resident'
import { useState } from 'react'
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
import { isProblemError } from '@/lib/problem'
import { useCreateResident } from '../api/create-resident'
import { IdNumberField } from './id-number-field'
import { ResidentDetailFields } from './resident-detail-fields'
import {
  emptyResidentValues,
  residentFieldNames,
  type TResidentFormValues,
} from './resident-form-values'
import { ResidentIdentityFields } from './resident-identity-fields'

export const CreateResidentForm = ({ onDone }: { onDone: () => void }) => {
  const { t } = useTranslation(['common', 'residents'])
  const { message } = App.useApp()
  const me = useMe()
  const only = me.committees.length === 1 ? me.committees[0]?.id : undefined
  const form = useForm<TResidentFormValues, unknown, z.output<typeof ZResidentCreate>>({
    resolver: schemaResolver(ZResidentCreate),
    defaultValues: emptyResidentValues(only),
  })
  const create = useCreateResident()
  const keeper = useIdempotencyKey()
  const problem = useFormProblem(form.setError, residentFieldNames)
  const [existing, setExisting] = useState<TProblem['existing']>()

  const onError = (error: unknown) => {
    problem.handle(error)
    const found = isProblemError(error) ? error.existing : undefined
    setExisting(found)
    if (!found) return
    const key = found.type === 'resident' ? 'residents:idTaken' : 'residents:idTakenElsewhere'
    form.setError('idNumber', { type: 'server', message: t(key, { label: found.label }) })
  }

  const onSubmit = form.handleSubmit((data) => {
    problem.clear()
    create.mutate(
      { data, idempotencyKey: keeper.keyFor(data) },
      {
        onSuccess: () => {
          keeper.reset()
          void message.success(t('messages.created'))
          onDone()
        },
        onError,
      },
    )
  })

  return (
    <Form onSubmit={onSubmit} aria-label={t('residents:createTitle')}>
      {problem.problem && (
        <ProblemAlert error={problem.problem.error} otherErrors={problem.problem.otherErrors} />
      )}
      <ResidentIdentityFields
        control={form.control}
        idNumberField={
          <IdNumberField
            control={form.control}
            setValue={form.setValue}
            setError={form.setError}
            clearErrors={form.clearErrors}
            existing={existing}
            onTyped={() => setExisting(undefined)}
          />
        }
      />
      <ResidentDetailFields control={form.control} />
      <FormActions submitting={create.isPending} onCancel={onDone} />
    </Form>
  )
}
