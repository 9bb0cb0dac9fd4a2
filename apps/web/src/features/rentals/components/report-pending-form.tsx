import { Col, Input, Row } from 'antd'
import { todayInChina } from '@cr/shared/party/calendar'
import { ZPendingRegistrationCreate } from '@cr/shared/rentals/pending-registration'
import { pendingSourceLabels, type TPendingSource } from '@cr/shared/rentals/rental-codes'
import { useForm } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { z } from 'zod'
import { DateInput } from '@/components/ui/date-input'
import { FormField } from '@/components/ui/form/form-field'
import { schemaResolver } from '@/components/ui/form/schema-resolver'
import { SubmitForm } from '@/components/ui/form/submit-form'
import { useSubmit } from '@/components/ui/form/use-submit'
import { LabelSelect } from '@/components/ui/label-select'
import { useReportPendingRegistration } from '../api/pending-registration-steps'

type TValues = {
  name: string
  description: string
  source: TPendingSource | undefined
  reportedBy: string
  reportedOn: string | null
}

// An inspection records its own finds (记录检查); a report here comes from someone else.
const { inspection: _inspection, ...reportSources } = pendingSourceLabels

/**
 * 报告未登记人员: a person a 楼长, the landlord or anyone else says lives in the dwelling without a
 * registration — who told, and when; pending registration from that day.
 */
export const ReportPendingForm = ({
  propertyId,
  title,
  onDone,
}: {
  propertyId: string
  title: string
  onDone: () => void
}) => {
  const { t } = useTranslation('rentalChecks')
  const schema = z.preprocess(
    (raw) => ({ ...(raw as TValues), propertyId }),
    ZPendingRegistrationCreate,
  )
  const form = useForm<TValues, unknown, z.output<typeof schema>>({
    resolver: schemaResolver(schema),
    defaultValues: {
      name: '',
      description: '',
      source: 'building_leader',
      reportedBy: '',
      reportedOn: todayInChina(),
    },
  })
  const report = useReportPendingRegistration()
  const submit = useSubmit({
    form,
    fields: ['name', 'description', 'source', 'reportedBy', 'reportedOn'],
    send: (data, idempotencyKey) => report.mutateAsync({ data, idempotencyKey }),
    done: t('pending.reportedDone'),
    onDone,
  })
  return (
    <SubmitForm submit={submit} aria-label={title} onCancel={onDone}>
      <Row gutter={12}>
        <Col xs={24} md={10}>
          <FormField control={form.control} name="name" label={t('pending.name')} required>
            {(field, a11y) => (
              <Input {...field} {...a11y} maxLength={50} autoComplete="off" autoFocus />
            )}
          </FormField>
        </Col>
        <Col xs={24} md={14}>
          <FormField
            control={form.control}
            name="description"
            label={t('pending.descriptionColumn')}
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
        <Col xs={24} md={8}>
          <FormField control={form.control} name="source" label={t('pending.source')} required>
            {({ value, onChange, onBlur }, a11y) => (
              <LabelSelect
                {...a11y}
                labels={reportSources as typeof pendingSourceLabels}
                value={value}
                onChange={onChange}
                onBlur={onBlur}
              />
            )}
          </FormField>
        </Col>
        <Col xs={24} md={8}>
          <FormField control={form.control} name="reportedBy" label={t('pending.reporter')}>
            {(field, a11y) => <Input {...field} {...a11y} maxLength={50} autoComplete="off" />}
          </FormField>
        </Col>
        <Col xs={24} md={8}>
          <FormField
            control={form.control}
            name="reportedOn"
            label={t('pending.reportedOn')}
            required
          >
            {({ value, onChange }, a11y) => (
              <DateInput {...a11y} value={value} onChange={onChange} />
            )}
          </FormField>
        </Col>
      </Row>
    </SubmitForm>
  )
}
