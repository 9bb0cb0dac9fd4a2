import type { TProblem } from '@cr/shared/common/problem'
import { ZResidentCreate } from '@cr/shared/residents/resident'
import { parseIdNumber } from '@cr/shared/validators/id-number'
import { useState } from 'react'
import { useForm, useWatch } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import type { z } from 'zod'
import { schemaResolver } from '@/components/ui/form/schema-resolver'
import { SubmitForm } from '@/components/ui/form/submit-form'
import { useSubmit } from '@/components/ui/form/use-submit'
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
  const me = useMe()
  const only = me.committees.length === 1 ? me.committees[0]?.id : undefined
  const form = useForm<TResidentFormValues, unknown, z.output<typeof ZResidentCreate>>({
    resolver: schemaResolver(ZResidentCreate),
    defaultValues: emptyResidentValues(only),
  })
  const idNumber = useWatch({ control: form.control, name: 'idNumber' })
  const parsed = idNumber ? parseIdNumber(idNumber) : null
  const sexChosen = parsed?.ok === true && parsed.id.sex === null
  const create = useCreateResident()
  const [existing, setExisting] = useState<TProblem['existing']>()
  const submit = useSubmit({
    form,
    fields: residentFieldNames,
    send: (data, idempotencyKey) => create.mutateAsync({ data, idempotencyKey }),
    done: t('messages.created'),
    onDone,
    // A number already registered: say whose (or that it is elsewhere) under the field.
    onError: (error) => {
      const found = isProblemError(error) ? error.existing : undefined
      setExisting(found)
      if (!found) return
      const key = found.type === 'resident' ? 'residents:idTaken' : 'residents:idTakenElsewhere'
      form.setError('idNumber', { type: 'server', message: t(key, { label: found.label }) })
    },
  })

  return (
    <SubmitForm submit={submit} aria-label={t('residents:createTitle')} onCancel={onDone}>
      <ResidentIdentityFields
        control={form.control}
        sexChosen={sexChosen}
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
    </SubmitForm>
  )
}
