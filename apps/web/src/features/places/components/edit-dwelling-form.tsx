import type { TDwelling } from '@cr/shared/places/dwelling'
import { useForm } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import type { z } from 'zod'
import { schemaResolver } from '@/components/ui/form/schema-resolver'
import { SubmitForm } from '@/components/ui/form/submit-form'
import { useSubmit } from '@/components/ui/form/use-submit'
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
  const form = useForm<TDwellingFormValues, unknown, z.output<typeof ZDwellingEditForm>>({
    resolver: schemaResolver(ZDwellingEditForm),
    values: toDwellingFormValues(dwelling),
    resetOptions: { keepDirtyValues: false },
  })
  const update = useUpdateDwelling()
  const submit = useSubmit({
    form,
    fields: dwellingFieldNames,
    send: ({ ownerIdNumber, ...rest }) =>
      update.mutateAsync({
        id: dwelling.id,
        version: dwelling.version,
        data: ownerIdNumber ? { ...rest, ownerIdNumber } : rest,
      }),
    done: t('messages.saved'),
    onDone,
  })

  return (
    <SubmitForm
      submit={submit}
      aria-label={t('places:editDwellingTitle', { name: dwelling.address })}
      onCancel={onDone}
      onReload={onReload}
    >
      <DwellingFields
        control={form.control}
        fixed={{
          building: dwelling.building.name,
          ownerIdNumberMasked: dwelling.owner.idNumberMasked,
          ownerKnown: dwelling.owner.resident ?? undefined,
        }}
      />
    </SubmitForm>
  )
}
