import { useForm } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import type { z } from 'zod'
import { schemaResolver } from '@/components/ui/form/schema-resolver'
import { SubmitForm } from '@/components/ui/form/submit-form'
import { useSubmit } from '@/components/ui/form/use-submit'
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
  const form = useForm<TDwellingFormValues, unknown, z.output<typeof ZDwellingCreateForm>>({
    resolver: schemaResolver(ZDwellingCreateForm),
    defaultValues: emptyDwellingValues(buildingId),
  })
  const create = useCreateDwelling()
  const submit = useSubmit({
    form,
    fields: dwellingFieldNames,
    send: (data, idempotencyKey) => create.mutateAsync({ data, idempotencyKey }),
    done: t('messages.created'),
    onDone: (dwelling) => (onDone(), onCreated(dwelling.id)),
  })

  return (
    <SubmitForm submit={submit} aria-label={t('places:createDwellingTitle')} onCancel={onDone}>
      <DwellingFields control={form.control} />
    </SubmitForm>
  )
}
