import { App, Input } from 'antd'
import { ZCoBuildingUnitCreate } from '@cr/shared/party/co-building'
import { useForm } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import type { z } from 'zod'
import { ProblemAlert } from '@/components/errors/problem-alert'
import { Form } from '@/components/ui/form/form'
import { FormActions } from '@/components/ui/form/form-actions'
import { FormField } from '@/components/ui/form/form-field'
import { schemaResolver } from '@/components/ui/form/schema-resolver'
import { useFormProblem } from '@/components/ui/form/use-form-problem'
import { useIdempotencyKey } from '@/hooks/use-idempotency-key'
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
  const { message } = App.useApp()
  const save = useSaveUnit()
  const keeper = useIdempotencyKey()
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
  const problem = useFormProblem(form.setError, fields)
  const onSubmit = form.handleSubmit((data) => {
    problem.clear()
    const input = unit
      ? { mode: 'edit' as const, id: unit.id, version: unit.version, data }
      : { mode: 'create' as const, data, idempotencyKey: keeper.keyFor(data) }
    save.mutate(input, {
      onSuccess: (saved) => {
        keeper.reset()
        void message.success(t(unit ? 'common:messages.saved' : 'common:messages.created'))
        onDone(saved)
      },
      onError: problem.handle,
    })
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
    <Form onSubmit={onSubmit} aria-label={title}>
      {problem.problem && (
        <ProblemAlert
          error={problem.problem.error}
          otherErrors={problem.problem.otherErrors}
          onReload={() => onDone()}
        />
      )}
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
      <FormActions submitting={save.isPending} onCancel={() => onDone()} />
    </Form>
  )
}
