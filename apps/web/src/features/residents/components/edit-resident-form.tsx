import { App, Input } from 'antd'
import { ZResidentUpdate, type TResident } from '@cr/shared/residents/resident'
import { useForm } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import type { z } from 'zod'
import { ProblemAlert } from '@/components/errors/problem-alert'
import { Form } from '@/components/ui/form/form'
import { FormActions } from '@/components/ui/form/form-actions'
import { FormField } from '@/components/ui/form/form-field'
import { schemaResolver } from '@/components/ui/form/schema-resolver'
import { useFormProblem } from '@/components/ui/form/use-form-problem'
import { useUpdateResident } from '../api/update-resident'
import { ResidentDetailFields } from './resident-detail-fields'
import {
  residentFieldNames,
  toResidentFormValues,
  type TResidentFormValues,
} from './resident-form-values'
import { ResidentIdentityFields } from './resident-identity-fields'

type TProps = { resident: TResident; onReload: () => void; onDone: () => void }

/**
 * Edits the version it was given; a 412 offers to reload. The ID number (and with it sex and
 * birth date) is shown masked and cannot be changed; a blank phone keeps the current one.
 */
export const EditResidentForm = ({ resident, onReload, onDone }: TProps) => {
  const { t } = useTranslation(['common', 'residents'])
  const { message } = App.useApp()
  const form = useForm<TResidentFormValues, unknown, z.output<typeof ZResidentUpdate>>({
    resolver: schemaResolver(ZResidentUpdate),
    values: toResidentFormValues(resident),
    resetOptions: { keepDirtyValues: false },
  })
  const update = useUpdateResident()
  const problem = useFormProblem(form.setError, residentFieldNames)

  const onSubmit = form.handleSubmit(({ phone, ...rest }) => {
    problem.clear()
    const data = form.getValues('phone').trim() ? { ...rest, phone } : rest
    update.mutate(
      { id: resident.id, version: resident.version, data },
      {
        onSuccess: () => {
          void message.success(t('messages.saved'))
          onDone()
        },
        onError: problem.handle,
      },
    )
  })

  return (
    <Form onSubmit={onSubmit} aria-label={t('residents:editTitle', { name: resident.name })}>
      {problem.problem && (
        <ProblemAlert
          error={problem.problem.error}
          otherErrors={problem.problem.otherErrors}
          onReload={() => (problem.clear(), onReload())}
        />
      )}
      <ResidentIdentityFields
        control={form.control}
        phoneMasked={resident.phoneMasked}
        idNumberField={
          <FormField
            control={form.control}
            name="idNumber"
            label={t('residents:fields.idNumber')}
            extra={t('residents:help.idNumberFixed')}
          >
            {({ value, ref }, a11y) => (
              <Input {...a11y} ref={ref} value={value} readOnly variant="filled" className="mono" />
            )}
          </FormField>
        }
      />
      <ResidentDetailFields control={form.control} />
      <FormActions submitting={update.isPending} onCancel={onDone} />
    </Form>
  )
}
