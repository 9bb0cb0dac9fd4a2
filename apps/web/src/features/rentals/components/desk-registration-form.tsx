import { useQuery } from '@tanstack/react-query'
import { Alert, Col, Input, Row, Typography } from 'antd'
import { todayInChina } from '@cr/shared/party/calendar'
import { residenceReasonLabels } from '@cr/shared/rentals/rental-codes'
import { householdRegionOf } from '@cr/shared/rentals/household-region'
import { registrationTimeliness } from '@cr/shared/rentals/registration'
import { useEffect, useRef } from 'react'
import { useForm, useWatch } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import type { z } from 'zod'
import { DateInput } from '@/components/ui/date-input'
import { FieldLayout } from '@/components/ui/form/field-layout'
import { FormField } from '@/components/ui/form/form-field'
import { schemaResolver } from '@/components/ui/form/schema-resolver'
import { SubmitForm } from '@/components/ui/form/submit-form'
import { useSubmit } from '@/components/ui/form/use-submit'
import { LabelSelect } from '@/components/ui/label-select'
import { useCreateTemporaryResident } from '../api/create-temporary-resident'
import { findPersonByIdQueryOptions } from '../api/find-person-by-id'
import {
  ZDeskForm,
  deskFieldNames,
  emptyDeskValues,
  type TDeskPending,
  type TDeskValues,
} from '../utils/desk-values'
import { idNumberPerson } from '@/lib/id-number-person'
import { PlaceFields } from './place-fields'

/** 3 working days after moving in: on time, or late by so many days (shown, never refused). */
const DeadlineNote = ({
  movedInOn,
  declaredOn,
}: {
  movedInOn: string | null
  declaredOn: string | null
}) => {
  const { t } = useTranslation('rentals')
  if (!movedInOn) return null
  const today = todayInChina()
  const r = registrationTimeliness(movedInOn, declaredOn ?? today, today)
  return (
    <div aria-live="polite">
      <div>{t('desk.deadline', { deadline: r.deadline })}</div>
      <Typography.Text type={r.daysLate > 0 ? 'warning' : 'success'} strong={r.daysLate > 0}>
        {r.daysLate > 0 ? t('desk.late', { days: r.daysLate }) : t('desk.onTime')}
      </Typography.Text>
    </div>
  )
}

type TProps = {
  title: string
  propertyId?: string
  pending?: TDeskPending
  onDone: () => void
  /** Given the way to put the cursor in the ID number (the dialog does once it has opened). */
  focusFirstRef?: { current: (() => void) | undefined }
}

/**
 * 暂住登记 as a clerk fills it in while the person waits, keyboard first: the ID number (a
 * registered person is found and filled in; a new person's sex, birth date and 户籍地 are read
 * from it), name and phone, where they live (a registered rented dwelling, a household they stay
 * with, an employer's dormitory) and since when, the
 * reason, employer, and the declared date — a declaration past the 3-working-day deadline is
 * shown late and saved as late, never refused. Tab goes field to field, Enter saves.
 */
export const DeskRegistrationForm = ({
  title,
  propertyId,
  pending,
  onDone,
  focusFirstRef,
}: TProps) => {
  const { t } = useTranslation(['rentals', 'common', 'rentalChecks'])
  const form = useForm<TDeskValues, unknown, z.output<typeof ZDeskForm>>({
    resolver: schemaResolver(ZDeskForm),
    defaultValues: emptyDeskValues(todayInChina(), propertyId, pending),
  })
  useEffect(() => {
    if (focusFirstRef) focusFirstRef.current = () => form.setFocus('person.idNumber')
  }, [form, focusFirstRef])
  const idNumber = useWatch({ control: form.control, name: 'person.idNumber' })
  const [movedInOn, declaredOn] = useWatch({
    control: form.control,
    name: ['movedInOn', 'declaredOn'],
  })
  const read = idNumberPerson(idNumber)
  const found = useQuery(findPersonByIdQueryOptions(read?.idNumber ?? ''))
  const person = read ? (found.data ?? null) : null

  // The registered person's id, and the 户籍地 the number says (kept once the clerk edits it).
  const autoRegion = useRef('')
  useEffect(() => {
    form.setValue('person.residentId', person?.id)
    const region = read ? (householdRegionOf(read.idNumber)?.name ?? '') : ''
    const current = form.getValues('householdRegion')
    if (current === '' || current === autoRegion.current) {
      form.setValue('householdRegion', region)
      autoRegion.current = region
    }
  }, [form, person?.id, read?.idNumber]) // eslint-disable-line react-hooks/exhaustive-deps

  const create = useCreateTemporaryResident()
  const submit = useSubmit({
    form,
    fields: deskFieldNames,
    send: (data, idempotencyKey) => create.mutateAsync({ data, idempotencyKey }),
    done: (r) => t('desk.done', { name: r.person.name }),
    onDone,
  })
  const sex = person ? person.sex : read?.sex
  const sexText = sex === '1' || sex === '2' ? t(`person.sex${sex}`) : '—'
  return (
    <SubmitForm submit={submit} aria-label={title} onCancel={onDone}>
      <p className="fieldset-hint">{t('desk.hint')}</p>
      {pending && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          title={t('rentalChecks:pending.registering', { name: pending.name })}
        />
      )}
      <fieldset className="plain-fieldset">
        <legend>{t('desk.personSection')}</legend>
        <Row gutter={12}>
          <Col xs={24} md={10}>
            <FormField
              control={form.control}
              name="person.idNumber"
              label={t('desk.idNumber')}
              required
              extra={() =>
                !read ? (
                  t('desk.idHelp')
                ) : found.isFetching ? (
                  t('desk.searching')
                ) : person ? (
                  <span aria-live="polite">
                    {t('desk.found', { name: person.name, idNumber: person.idNumberMasked })}
                  </span>
                ) : (
                  <span aria-live="polite">{t('desk.notFound')}</span>
                )
              }
            >
              {(field, a11y) => (
                <Input
                  {...field}
                  {...a11y}
                  autoFocus
                  maxLength={24}
                  autoComplete="off"
                  spellCheck={false}
                  className="mono"
                />
              )}
            </FormField>
          </Col>
          <Col xs={12} md={4}>
            <FieldLayout id="desk-sex" label={t('desk.sex')} extra={t('desk.fromId')}>
              {(a11y) => <Input {...a11y} readOnly variant="filled" value={sexText} />}
            </FieldLayout>
          </Col>
          <Col xs={12} md={10}>
            <FieldLayout id="desk-birth-date" label={t('desk.birthDate')}>
              {(a11y) => (
                <Input
                  {...a11y}
                  readOnly
                  variant="filled"
                  value={person?.birthDate ?? read?.birthDate ?? '—'}
                />
              )}
            </FieldLayout>
          </Col>
          {!person && (
            <>
              <Col xs={24} md={10}>
                <FormField
                  control={form.control}
                  name="person.name"
                  label={t('desk.name')}
                  required
                >
                  {(field, a11y) => (
                    <Input {...field} {...a11y} maxLength={50} autoComplete="off" />
                  )}
                </FormField>
              </Col>
              <Col xs={24} md={14}>
                <FormField control={form.control} name="person.phone" label={t('desk.phone')}>
                  {(field, a11y) => (
                    <Input {...field} {...a11y} maxLength={30} autoComplete="off" inputMode="tel" />
                  )}
                </FormField>
              </Col>
            </>
          )}
          <Col span={24}>
            <FormField
              control={form.control}
              name="householdRegion"
              label={t('desk.householdRegion')}
              extra={t('desk.householdRegionHelp')}
            >
              {(field, a11y) => <Input {...field} {...a11y} maxLength={100} />}
            </FormField>
          </Col>
        </Row>
      </fieldset>
      <fieldset className="plain-fieldset">
        <legend>{t('desk.placeSection')}</legend>
        <Row gutter={12}>
          <PlaceFields control={form.control} setValue={form.setValue} />
          <Col xs={24} md={12}>
            <FormField control={form.control} name="movedInOn" label={t('desk.movedInOn')} required>
              {({ value, onChange }, a11y) => (
                <DateInput {...a11y} value={value} onChange={onChange} />
              )}
            </FormField>
          </Col>
          <Col xs={24} md={12}>
            <FormField control={form.control} name="reason" label={t('desk.reason')} required>
              {({ value, onChange, onBlur }, a11y) => (
                <LabelSelect
                  {...a11y}
                  labels={residenceReasonLabels}
                  value={value}
                  onChange={onChange}
                  onBlur={onBlur}
                />
              )}
            </FormField>
          </Col>
          <Col xs={24} md={12}>
            <FormField control={form.control} name="employer" label={t('desk.employer')}>
              {(field, a11y) => <Input {...field} {...a11y} maxLength={100} />}
            </FormField>
          </Col>
          <Col xs={24} md={12}>
            <FormField
              control={form.control}
              name="declaredOn"
              label={t('desk.declaredOn')}
              required
              extra={<DeadlineNote movedInOn={movedInOn} declaredOn={declaredOn} />}
            >
              {({ value, onChange }, a11y) => (
                <DateInput {...a11y} value={value} onChange={onChange} />
              )}
            </FormField>
          </Col>
        </Row>
      </fieldset>
    </SubmitForm>
  )
}
