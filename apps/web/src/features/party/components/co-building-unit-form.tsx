import { Input } from 'antd'
import { ZCoBuildingUnitCreate } from '@cr/shared/party/co-building'
import { useForm } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import type { z } from 'zod'
import { FormField } from '@/components/ui/form/form-field'
import { schemaResolver } from '@/components/ui/form/schema-resolver'
import { SubmitForm } from '@/components/ui/form/submit-form'
import { useSubmit } from '@/components/ui/form/use-submit'
import { useSaveUnit, type TCoBuildingUnit } from '../api/co-building'

type TValues = {
  name: string
  partyBranchName: string
  contactName: string
  contactPhone: string
  address: string
  notes: string
}
const fields = [
  'name',
  'partyBranchName',
  'contactName',
  'contactPhone',
  'address',
  'notes',
] as const

type TProps = {
  unit?: TCoBuildingUnit
  title: string
  onDone: (saved?: TCoBuildingUnit) => void
}

/** 新增 / 编辑共建单位: the unit, its party branch and who to call. */
export const CoBuildingUnitForm = ({ unit, title, onDone }: TProps) => {
  const { t } = useTranslation(['party', 'common'])
  const save = useSaveUnit()
  const form = useForm<TValues, unknown, z.output<typeof ZCoBuildingUnitCreate>>({
    resolver: schemaResolver(ZCoBuildingUnitCreate),
    defaultValues: {
      name: unit?.name ?? '',
      partyBranchName: unit?.partyBranchName ?? '',
      contactName: unit?.contactName ?? '',
      contactPhone: unit?.contactPhone ?? '',
      address: unit?.address ?? '',
      notes: unit?.notes ?? '',
    },
  })
  const submit = useSubmit({
    form,
    fields,
    send: (data, idempotencyKey) =>
      save.mutateAsync(
        unit
          ? { mode: 'edit', id: unit.id, version: unit.version, data }
          : { mode: 'create', data, idempotencyKey },
      ),
    done: t(unit ? 'common:messages.saved' : 'common:messages.created'),
    onDone,
  })
  const text = (name: (typeof fields)[number], max: number, autoFocus = false) => (
    <FormField
      control={form.control}
      name={name}
      label={t(`coBuilding.fields.${name}`)}
      required={name === 'name'}
    >
      {(field, a11y) => <Input {...field} {...a11y} maxLength={max} autoFocus={autoFocus} />}
    </FormField>
  )
  return (
    <SubmitForm
      submit={submit}
      aria-label={title}
      onCancel={() => onDone()}
      onReload={() => onDone()}
    >
      {text('name', 100, true)}
      {text('partyBranchName', 100)}
      <div className="party-form-grid">
        {text('contactName', 50)}
        {text('contactPhone', 20)}
      </div>
      {text('address', 200)}
      <FormField control={form.control} name="notes" label={t('coBuilding.fields.notes')}>
        {(field, a11y) => <Input.TextArea {...field} {...a11y} rows={2} maxLength={500} />}
      </FormField>
    </SubmitForm>
  )
}
