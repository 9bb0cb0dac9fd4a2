import { ZBuildingUpdate, type TBuilding } from '@cr/shared/places/building'
import { useForm } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import type { z } from 'zod'
import { schemaResolver } from '@/components/ui/form/schema-resolver'
import { SubmitForm } from '@/components/ui/form/submit-form'
import { useSubmit } from '@/components/ui/form/use-submit'
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

/** Edits the version it was given; a 412 offers to reload the record (the form then resets). */
export const EditBuildingForm = ({ building, onReload, onDone }: TProps) => {
  const { t } = useTranslation(['common', 'places'])
  const form = useForm<TBuildingFormValues, unknown, z.output<typeof ZEditBuilding>>({
    resolver: schemaResolver(ZEditBuilding),
    values: toBuildingFormValues(building),
    resetOptions: { keepDirtyValues: false },
  })
  const update = useUpdateBuilding()
  const submit = useSubmit({
    form,
    fields: buildingFieldNames,
    send: (data) => update.mutateAsync({ id: building.id, version: building.version, data }),
    done: t('messages.saved'),
    onDone,
  })

  return (
    <SubmitForm
      submit={submit}
      aria-label={t('places:editBuildingTitle', { name: building.address })}
      onCancel={onDone}
      onReload={onReload}
    >
      <BuildingFields control={form.control} fixedCommittee={building.committee.name} />
    </SubmitForm>
  )
}
