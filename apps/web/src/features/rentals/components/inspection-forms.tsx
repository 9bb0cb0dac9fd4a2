import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons'
import { Button, Checkbox, Col, Input, InputNumber, Row, Typography } from 'antd'
import { todayInChina } from '@cr/shared/party/calendar'
import { inspectionItemLabels, inspectionItems } from '@cr/shared/rentals/rental-codes'
import {
  ZRentalInspectionCreate,
  ZRentalInspectionRectify,
  type TRentalInspection,
} from '@cr/shared/rentals/rental-inspection'
import type { TRentalProperty } from '@cr/shared/rentals/rental-property'
import type { TInspectionItem } from '@cr/shared/rentals/rental-codes'
import { useFieldArray, useForm, useWatch } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { z } from 'zod'
import { DateInput } from '@/components/ui/date-input'
import { FormField } from '@/components/ui/form/form-field'
import { schemaResolver } from '@/components/ui/form/schema-resolver'
import { SubmitForm } from '@/components/ui/form/submit-form'
import { useSubmit } from '@/components/ui/form/use-submit'
import { pickLabel } from '@/lib/language'
import { useRecordInspection, useRectifyInspection } from '../api/inspection-steps'
import { splitNames } from '../utils/inspection-values'

type TInspectionValues = {
  inspectedOn: string | null
  inspectors: string
  items: TInspectionItem[]
  occupantCount: number | null
  findings: string
  rectificationDueOn: string | null
  unregistered: { name: string; description: string }[]
}

const inspectionFieldNames = [
  'inspectedOn',
  'inspectors',
  'items',
  'occupantCount',
  'findings',
  'rectificationDueOn',
] as const

/** Over the allowed number, as the API derives it: shown while the count is typed. */
const OccupantNote = ({ count, allowed }: { count: number | null; allowed: number | null }) => {
  const { t } = useTranslation('rentalChecks')
  if (allowed === null) return <>{t('inspection.occupantNoAllowed')}</>
  const over = count === null ? 0 : count - allowed
  return (
    <span aria-live="polite">
      {t('inspection.occupantHelp', { allowed })}
      {over > 0 && (
        <>
          {' · '}
          <Typography.Text type="danger" strong>
            {t('inspection.over', { count: over })}
          </Typography.Text>
        </>
      )}
    </span>
  )
}

type TDone = { title: string; onDone: () => void }

/**
 * 记录检查: the day, two or more inspectors, what was checked, the occupants counted (over the
 * allowed number is a finding), findings, the rectification deadline, and the people found living
 * there unregistered — saved with it as pending registration.
 */
export const RecordInspectionForm = ({
  property,
  title,
  onDone,
}: TDone & { property: TRentalProperty }) => {
  const { t, i18n } = useTranslation('rentalChecks')
  const schema = z.preprocess((raw) => {
    const v = raw as TInspectionValues
    return {
      ...v,
      propertyId: property.id,
      inspectors: splitNames(v.inspectors),
      findings: v.findings.trim() || undefined,
      unregistered: v.unregistered.map((p) => ({
        name: p.name.trim(),
        description: p.description.trim() || undefined,
      })),
    }
  }, ZRentalInspectionCreate)
  const form = useForm<TInspectionValues, unknown, z.output<typeof schema>>({
    resolver: schemaResolver(schema),
    defaultValues: {
      inspectedOn: todayInChina(),
      inspectors: '',
      items: [],
      occupantCount: null,
      findings: '',
      rectificationDueOn: null,
      unregistered: [],
    },
  })
  const people = useFieldArray({ control: form.control, name: 'unregistered' })
  const count = useWatch({ control: form.control, name: 'occupantCount' })
  const record = useRecordInspection()
  const submit = useSubmit({
    form,
    fields: inspectionFieldNames,
    send: (data, idempotencyKey) => record.mutateAsync({ data, idempotencyKey }),
    done: t('inspection.done'),
    onDone,
  })
  return (
    <SubmitForm submit={submit} aria-label={title} onCancel={onDone}>
      <Row gutter={12}>
        <Col xs={24} md={8}>
          <FormField
            control={form.control}
            name="inspectedOn"
            label={t('inspection.inspectedOn')}
            required
          >
            {({ value, onChange }, a11y) => (
              <DateInput {...a11y} value={value} onChange={onChange} />
            )}
          </FormField>
        </Col>
        <Col xs={24} md={16}>
          <FormField
            control={form.control}
            name="inspectors"
            label={t('inspection.inspectors')}
            required
            extra={t('inspection.inspectorsHelp')}
          >
            {(field, a11y) => (
              <Input {...field} {...a11y} maxLength={200} autoComplete="off" autoFocus />
            )}
          </FormField>
        </Col>
        <Col span={24}>
          <FormField control={form.control} name="items" label={t('inspection.items')}>
            {({ value, onChange }, a11y) => (
              <div id={a11y.id} role="group" aria-describedby={a11y['aria-describedby']}>
                <Checkbox.Group
                  value={value}
                  onChange={onChange}
                  options={inspectionItems.map((item) => ({
                    value: item,
                    label: pickLabel(inspectionItemLabels[item], i18n.language),
                  }))}
                />
              </div>
            )}
          </FormField>
        </Col>
        <Col xs={24} md={8}>
          <FormField
            control={form.control}
            name="occupantCount"
            label={t('inspection.occupantCount')}
            extra={<OccupantNote count={count} allowed={property.allowedOccupants} />}
          >
            {(field, a11y) => (
              <InputNumber {...field} {...a11y} min={0} max={9999} style={{ width: '100%' }} />
            )}
          </FormField>
        </Col>
        <Col xs={24} md={16}>
          <FormField
            control={form.control}
            name="rectificationDueOn"
            label={t('inspection.rectificationDueOn')}
            extra={t('inspection.rectificationHelp')}
          >
            {({ value, onChange }, a11y) => (
              <DateInput {...a11y} value={value} onChange={onChange} />
            )}
          </FormField>
        </Col>
        <Col span={24}>
          <FormField control={form.control} name="findings" label={t('inspection.findings')}>
            {(field, a11y) => <Input.TextArea {...field} {...a11y} rows={2} maxLength={1000} />}
          </FormField>
        </Col>
      </Row>
      <fieldset className="plain-fieldset">
        <legend>{t('inspection.unregisteredSection')}</legend>
        <p className="fieldset-hint">{t('inspection.unregisteredHelp')}</p>
        {people.fields.map((p, i) => (
          <Row gutter={12} key={p.id} align="top">
            <Col xs={20} md={9}>
              <FormField
                control={form.control}
                name={`unregistered.${i}.name`}
                label={t('inspection.unregisteredName', { n: i + 1 })}
                required
              >
                {(field, a11y) => <Input {...field} {...a11y} maxLength={50} autoComplete="off" />}
              </FormField>
            </Col>
            <Col xs={{ span: 24, order: 3 }} md={{ span: 13, order: 2 }}>
              <FormField
                control={form.control}
                name={`unregistered.${i}.description`}
                label={t('inspection.unregisteredDescription', { n: i + 1 })}
              >
                {(field, a11y) => (
                  <Input
                    {...field}
                    {...a11y}
                    maxLength={200}
                    placeholder={t('inspection.descriptionPlaceholder')}
                  />
                )}
              </FormField>
            </Col>
            <Col xs={{ span: 4, order: 2 }} md={{ span: 2, order: 3 }} style={{ paddingTop: 30 }}>
              <Button
                type="text"
                icon={<MinusCircleOutlined aria-hidden />}
                aria-label={t('inspection.removeUnregistered', { n: i + 1 })}
                onClick={() => people.remove(i)}
              />
            </Col>
          </Row>
        ))}
        <Button
          type="dashed"
          icon={<PlusOutlined aria-hidden />}
          onClick={() => people.append({ name: '', description: '' })}
        >
          {t('inspection.addUnregistered')}
        </Button>
      </fieldset>
    </SubmitForm>
  )
}

type TRectifyValues = { rectifiedOn: string | null; note: string }

/** 整改完成: the day the rectification was confirmed, with what the follow-up found. */
export const RectifyInspectionForm = ({
  inspection,
  title,
  onDone,
}: TDone & { inspection: TRentalInspection }) => {
  const { t } = useTranslation('rentalChecks')
  const form = useForm<TRectifyValues, unknown, z.output<typeof ZRentalInspectionRectify>>({
    resolver: schemaResolver(ZRentalInspectionRectify),
    defaultValues: { rectifiedOn: todayInChina(), note: '' },
  })
  const rectify = useRectifyInspection()
  const submit = useSubmit({
    form,
    fields: ['rectifiedOn', 'note'],
    send: (data, idempotencyKey) =>
      rectify.mutateAsync({
        id: inspection.id,
        version: inspection.version,
        data,
        idempotencyKey,
      }),
    done: t('inspection.rectified'),
    onDone,
  })
  return (
    <SubmitForm submit={submit} aria-label={title} onCancel={onDone}>
      <FormField
        control={form.control}
        name="rectifiedOn"
        label={t('inspection.rectifyOn')}
        required
      >
        {({ value, onChange }, a11y) => (
          <DateInput {...a11y} {...{ autoFocus: true }} value={value} onChange={onChange} />
        )}
      </FormField>
      <FormField control={form.control} name="note" label={t('inspection.rectifyNote')}>
        {(field, a11y) => <Input.TextArea {...field} {...a11y} rows={2} maxLength={500} />}
      </FormField>
    </SubmitForm>
  )
}
