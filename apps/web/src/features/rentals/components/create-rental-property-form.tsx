import { Button, Checkbox, Col, Input, InputNumber, Row } from 'antd'
import type { TRef } from '@cr/shared/common/record'
import { lessorDutyLabels, lessorDuties, rentalUseLabels } from '@cr/shared/rentals/rental-codes'
import { useState } from 'react'
import { useForm, useWatch } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import type { z } from 'zod'
import { DateInput } from '@/components/ui/date-input'
import { FormField } from '@/components/ui/form/form-field'
import { schemaResolver } from '@/components/ui/form/schema-resolver'
import { SubmitForm } from '@/components/ui/form/submit-form'
import { useSubmit } from '@/components/ui/form/use-submit'
import { LabelSelect } from '@/components/ui/label-select'
import { pickLabel } from '@/lib/language'
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
import { PersonFields } from './person-fields'

type TProps = { title: string; onDone: () => void; onCreated?: (id: string) => void }

/**
 * 登记出租房屋: the dwelling (a building, then one of its dwellings), the landlord (found, or new
 * and registered with it), use, rooms, area, allowed occupants and the lessor's duties confirmed.
 */
export const CreateRentalPropertyForm = ({ title, onDone, onCreated }: TProps) => {
  const { t, i18n } = useTranslation(['rentals', 'common'])
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
      <fieldset className="plain-fieldset">
        <legend>{t('create.rentalSection')}</legend>
        <Row gutter={12}>
          <Col xs={12} md={6}>
            <FormField control={form.control} name="use" label={t('fields.use')} required>
              {({ value, onChange, onBlur }, a11y) => (
                <LabelSelect
                  {...a11y}
                  labels={rentalUseLabels}
                  value={value}
                  onChange={(v) => onChange(v ?? 'residential')}
                  onBlur={onBlur}
                />
              )}
            </FormField>
          </Col>
          <Col xs={12} md={6}>
            <FormField control={form.control} name="rooms" label={t('fields.rooms')}>
              {(field, a11y) => (
                <InputNumber {...field} {...a11y} min={0} max={999} style={{ width: '100%' }} />
              )}
            </FormField>
          </Col>
          <Col xs={12} md={6}>
            <FormField control={form.control} name="area" label={t('fields.area')}>
              {(field, a11y) => <Input {...field} {...a11y} inputMode="decimal" maxLength={9} />}
            </FormField>
          </Col>
          <Col xs={12} md={6}>
            <FormField
              control={form.control}
              name="allowedOccupants"
              label={t('fields.allowedOccupants')}
            >
              {(field, a11y) => (
                <InputNumber {...field} {...a11y} min={0} max={9999} style={{ width: '100%' }} />
              )}
            </FormField>
          </Col>
          <Col span={24}>
            <FormField
              control={form.control}
              name="duties"
              label={t('fields.duties')}
              extra={t('duties.help')}
            >
              {({ value, onChange }, a11y) => (
                <div id={a11y.id} role="group" aria-describedby={a11y['aria-describedby']}>
                  <Checkbox.Group
                    value={value}
                    onChange={onChange}
                    style={{ display: 'flex', flexDirection: 'column', gap: 4 }}
                    options={lessorDuties.map((d) => ({
                      value: d,
                      label: pickLabel(lessorDutyLabels[d], i18n.language),
                    }))}
                  />
                  <Button
                    type="link"
                    size="small"
                    style={{ paddingInline: 0 }}
                    onClick={() => onChange([...lessorDuties])}
                  >
                    {t('duties.all')}
                  </Button>
                </div>
              )}
            </FormField>
          </Col>
          <Col xs={24} md={8}>
            <FormField
              control={form.control}
              name="dutiesConfirmedOn"
              label={t('fields.dutiesConfirmedOn')}
            >
              {({ value, onChange }, a11y) => (
                <DateInput {...a11y} value={value} onChange={onChange} />
              )}
            </FormField>
          </Col>
          <Col xs={24} md={16}>
            <FormField control={form.control} name="notes" label={t('fields.notes')}>
              {(field, a11y) => <Input {...field} {...a11y} maxLength={500} />}
            </FormField>
          </Col>
        </Row>
      </fieldset>
    </SubmitForm>
  )
}
