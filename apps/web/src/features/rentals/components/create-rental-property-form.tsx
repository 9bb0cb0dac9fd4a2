import { Col, Row } from 'antd'
import type { TRef } from '@cr/shared/common/record'
import { useState } from 'react'
import { useForm, useWatch } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import type { z } from 'zod'
import { FormField } from '@/components/ui/form/form-field'
import { schemaResolver } from '@/components/ui/form/schema-resolver'
import { SubmitForm } from '@/components/ui/form/submit-form'
import { useSubmit } from '@/components/ui/form/use-submit'
import { isProblemError } from '@/lib/problem'
import { useCreateRentalProperty } from '../api/create-rental-property'
import { emptyPerson } from '../utils/person-values'
import {
  ZRentalPropertyForm,
  emptyRentalPropertyValues,
  rentalPropertyFieldNames,
  type TRentalPropertyValues,
} from '../utils/rental-property-values'
import { BuildingSelect } from './building-select'
import { DwellingSelect } from './dwelling-select'
import { LettingFields } from './letting-fields'
import { PersonFields } from './person-fields'

type TProps = { title: string; onDone: () => void; onCreated?: (id: string) => void }

/**
 * 登记出租房屋: the dwelling (a building, then one of its dwellings), the landlord (found, or new
 * and registered with it), use, rooms, area, allowed occupants and the lessor's duties confirmed.
 */
export const CreateRentalPropertyForm = ({ title, onDone, onCreated }: TProps) => {
  const { t } = useTranslation(['rentals', 'common'])
  const form = useForm<TRentalPropertyValues, unknown, z.output<typeof ZRentalPropertyForm>>({
    resolver: schemaResolver(ZRentalPropertyForm),
    defaultValues: emptyRentalPropertyValues(),
  })
  const buildingId = useWatch({ control: form.control, name: 'buildingId' })
  const [existing, setExisting] = useState<TRef | null>(null)
  const [known, setKnown] = useState<TRef[]>([])
  const create = useCreateRentalProperty()
  const submit = useSubmit({
    form,
    fields: rentalPropertyFieldNames,
    send: (data, idempotencyKey) => create.mutateAsync({ data, idempotencyKey }),
    done: t('create.done'),
    onDone: (p) => (onDone(), onCreated?.(p.id)),
    onError: (error) => {
      const found = isProblemError(error) ? error.existing : undefined
      setExisting(found?.type === 'resident' ? { id: found.id, name: found.label } : null)
    },
  })
  const useExisting = (person: TRef) => {
    setKnown((list) => [...list, person])
    form.setValue('landlord', { ...emptyPerson('resident'), residentId: person.id })
    setExisting(null)
  }

  return (
    <SubmitForm submit={submit} aria-label={title} onCancel={onDone}>
      <p className="fieldset-hint">{t('create.hint')}</p>
      <fieldset className="plain-fieldset">
        <legend>{t('create.dwellingSection')}</legend>
        <Row gutter={12}>
          <Col xs={24} md={14}>
            <FormField
              control={form.control}
              name="buildingId"
              label={t('fields.building')}
              required
              extra={t('create.buildingHelp')}
            >
              {({ value, onChange, onBlur }, a11y) => (
                <BuildingSelect
                  {...a11y}
                  autoFocus
                  value={value}
                  onChange={(id) => (onChange(id), form.setValue('dwellingId', undefined))}
                  onBlur={onBlur}
                />
              )}
            </FormField>
          </Col>
          <Col xs={24} md={10}>
            <FormField
              control={form.control}
              name="dwellingId"
              label={t('fields.dwelling')}
              required
              extra={t('create.dwellingHelp')}
            >
              {({ value, onChange, onBlur }, a11y) => (
                <DwellingSelect
                  {...a11y}
                  buildingId={buildingId}
                  value={value}
                  onChange={onChange}
                  onBlur={onBlur}
                />
              )}
            </FormField>
          </Col>
        </Row>
      </fieldset>
      <fieldset className="plain-fieldset">
        <legend>{t('create.landlordSection')}</legend>
        <PersonFields
          control={form.control}
          name="landlord"
          role={t('fields.landlord')}
          onKind={(kind) => (form.setValue('landlord', emptyPerson(kind)), setExisting(null))}
          existing={existing ?? undefined}
          onUseExisting={useExisting}
          known={known}
        />
      </fieldset>
      <LettingFields control={form.control} />
    </SubmitForm>
  )
}
