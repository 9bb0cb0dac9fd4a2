import { Modal, Skeleton, Switch } from 'antd'
import type { TRef } from '@cr/shared/common/record'
import { ZRentalPropertyUpdate, type TRentalProperty } from '@cr/shared/rentals/rental-property'
import { useState } from 'react'
import { useForm, useWatch } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { z } from 'zod'
import { isProblemError } from '@/lib/problem'
import { ProblemResult } from '@/components/errors/problem-result'
import { FormField } from '@/components/ui/form/form-field'
import { schemaResolver } from '@/components/ui/form/schema-resolver'
import { SubmitForm } from '@/components/ui/form/submit-form'
import { useSubmit } from '@/components/ui/form/use-submit'
import { useRentalPropertyForEdit, useUpdateRentalProperty } from '../api/update-rental-property'
import { emptyPerson, toPersonInput, type TPersonValues } from '../utils/person-values'
import type { TLettingValues } from '../utils/rental-property-values'
import { LettingFields } from './letting-fields'
import { PersonFields } from './person-fields'

type TValues = TLettingValues & { hasAgent: boolean; agent: TPersonValues }

const toValues = (p: TRentalProperty): TValues => ({
  hasAgent: p.agent !== null,
  agent: { ...emptyPerson('resident'), residentId: p.agent?.id },
  use: p.use,
  rooms: p.rooms,
  area: p.area ?? '',
  allowedOccupants: p.allowedOccupants,
  duties: p.duties,
  dutiesConfirmedOn: p.dutiesConfirmedOn,
  notes: p.notes ?? '',
})

/** The change as the contract reads it: the agent kept, changed or removed; blank text cleared. */
const ZEditForm = z.preprocess((raw) => {
  const { hasAgent, agent, ...v } = raw as TValues
  return {
    ...v,
    agent: hasAgent ? toPersonInput(agent) : null,
    area: v.area.trim() || null,
    notes: v.notes.trim() || null,
  }
}, ZRentalPropertyUpdate)

const fieldNames = [
  'agent.residentId',
  'agent.name',
  'agent.idNumber',
  'agent.phone',
  'use',
  'rooms',
  'area',
  'allowedOccupants',
  'duties',
  'dutiesConfirmedOn',
  'notes',
] as const

type TFormProps = {
  property: TRentalProperty
  title: string
  onReload: () => void
  onDone: () => void
}

/** 编辑出租信息: the agent, use, rooms, area, allowed occupants, duties and notes (If-Match). */
const EditRentalPropertyForm = ({ property, title, onReload, onDone }: TFormProps) => {
  const { t } = useTranslation(['rentals', 'common'])
  const form = useForm<TValues, unknown, z.output<typeof ZEditForm>>({
    resolver: schemaResolver(ZEditForm),
    values: toValues(property),
    resetOptions: { keepDirtyValues: false },
  })
  const hasAgent = useWatch({ control: form.control, name: 'hasAgent' })
  const [existing, setExisting] = useState<TRef | null>(null)
  const [known, setKnown] = useState<TRef[]>(property.agent ? [property.agent] : [])
  const update = useUpdateRentalProperty()
  const submit = useSubmit({
    form,
    fields: fieldNames,
    send: (data) => update.mutateAsync({ id: property.id, version: property.version, data }),
    done: t('edit.done'),
    onDone,
    onError: (error) => {
      const found = isProblemError(error) ? error.existing : undefined
      setExisting(found?.type === 'resident' ? { id: found.id, name: found.label } : null)
    },
  })
  const useExisting = (person: TRef) => {
    setKnown((list) => [...list, person])
    form.setValue('agent', { ...emptyPerson('resident'), residentId: person.id })
    setExisting(null)
  }
  return (
    <SubmitForm submit={submit} aria-label={title} onCancel={onDone} onReload={onReload}>
      <fieldset className="plain-fieldset">
        <legend>{t('edit.agent')}</legend>
        <FormField control={form.control} name="hasAgent" label={t('edit.hasAgent')}>
          {({ value, onChange }, a11y) => <Switch {...a11y} checked={value} onChange={onChange} />}
        </FormField>
        {hasAgent && (
          <PersonFields
            control={form.control}
            name="agent"
            role={t('edit.agent')}
            onKind={(kind) => (form.setValue('agent', emptyPerson(kind)), setExisting(null))}
            existing={existing ?? undefined}
            onUseExisting={useExisting}
            known={known}
          />
        )}
      </fieldset>
      <LettingFields control={form.control} />
    </SubmitForm>
  )
}

const EditLoader = ({ id, title, onDone }: { id: string; title: string; onDone: () => void }) => {
  const query = useRentalPropertyForEdit(id)
  if (query.isPending) return <Skeleton active paragraph={{ rows: 8 }} />
  if (query.isError)
    return <ProblemResult error={query.error} onRetry={() => void query.refetch()} />
  return (
    <EditRentalPropertyForm
      property={query.data}
      title={title}
      onReload={() => void query.refetch()}
      onDone={onDone}
    />
  )
}

/** 编辑出租信息 in a dialog, the property fetched fresh (If-Match); 取消 or Esc closes it. */
export const EditRentalPropertyModal = ({
  property,
  open,
  onClose,
}: {
  property: TRentalProperty
  open: boolean
  onClose: () => void
}) => {
  const { t } = useTranslation('rentals')
  const title = t('edit.title', { address: property.dwelling.name })
  return (
    <Modal
      open={open}
      title={title}
      onCancel={onClose}
      footer={null}
      destroyOnHidden
      width={860}
      style={{ top: 24 }}
      mask={{ closable: false }}
    >
      {open && <EditLoader id={property.id} title={title} onDone={onClose} />}
    </Modal>
  )
}
