import { ZBuildingCreate } from '@cr/shared/places/building'
import { useForm } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import type { z } from 'zod'
import { schemaResolver } from '@/components/ui/form/schema-resolver'
import { SubmitForm } from '@/components/ui/form/submit-form'
import { useSubmit } from '@/components/ui/form/use-submit'
import { useMe } from '@/lib/auth'
import { useCreateBuilding } from '../api/create-building'
import { BuildingFields, buildingFieldNames, type TBuildingFormValues } from './building-fields'

type TProps = { committeeId?: string; onDone: () => void; onCreated: (id: string) => void }

export const CreateBuildingForm = ({ committeeId, onDone, onCreated }: TProps) => {
  const { t } = useTranslation(['common', 'places'])
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
  const submit = useSubmit({
    form,
    fields: buildingFieldNames,
    send: (data, idempotencyKey) => create.mutateAsync({ data, idempotencyKey }),
    done: t('messages.created'),
    onDone: (building) => (onDone(), onCreated(building.id)),
  })

  return (
    <SubmitForm submit={submit} aria-label={t('places:createBuildingTitle')} onCancel={onDone}>
      <BuildingFields control={form.control} />
    </SubmitForm>
  )
}
