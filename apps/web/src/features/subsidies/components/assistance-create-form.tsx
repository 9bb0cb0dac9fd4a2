import { Col, Input, Radio, Row, Select } from 'antd'
import { todayInChina } from '@cr/shared/party/calendar'
import {
  assistanceFormLabels,
  assistanceForms,
  assistanceKindLabels,
  assistanceKinds,
  assistanceProcedureLabels,
  assistanceProcedures,
  type TAssistanceForm,
  type TAssistanceKind,
  type TAssistanceProcedure,
} from '@cr/shared/subsidies/assistance'
import { ZAssistanceCaseCreate } from '@cr/shared/subsidies/assistance-case'
import { useForm, useWatch } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import type { z } from 'zod'
import { ResidentPicker } from '@/components/resident-picker/resident-picker'
import { DateInput } from '@/components/ui/date-input'
import { FormField } from '@/components/ui/form/form-field'
import { schemaResolver } from '@/components/ui/form/schema-resolver'
import { SubmitForm } from '@/components/ui/form/submit-form'
import { useSubmit } from '@/components/ui/form/use-submit'
import { pickLabel } from '@/lib/language'
import { useCreateAssistanceCase } from '../api/assistance-cases'

type TValues = {
  residentId: string | null
  kind: TAssistanceKind
  procedure: TAssistanceProcedure
  form: TAssistanceForm
  reason: string
  description: string
  amount: string
  inKindDescription: string
  appliedOn: string | null
  helpedOn: string | null
}
const fields = [
  'residentId',
  'kind',
  'procedure',
  'form',
  'reason',
  'description',
  'amount',
  'inKindDescription',
  'appliedOn',
  'helpedOn',
] as const

/**
 * 登记临时救助: the person (a registry resident), kind, procedure, form and amount in yuan. The
 * urgent procedure is offered only for 急难型 and asks the day help was given; the limit is the
 * server's (months × the month's standard), its error names it in yuan.
 */
export const AssistanceCreateForm = ({ title, onDone }: { title: string; onDone: () => void }) => {
  const { t, i18n } = useTranslation(['assistance', 'common'])
  const create = useCreateAssistanceCase()
  const today = todayInChina()
  const form = useForm<TValues, unknown, z.output<typeof ZAssistanceCaseCreate>>({
    resolver: schemaResolver(ZAssistanceCaseCreate),
    defaultValues: {
      residentId: null,
      kind: 'emergency',
      procedure: 'ordinary',
      form: 'cash',
      reason: '',
      description: '',
      amount: '',
      inKindDescription: '',
      appliedOn: today,
      helpedOn: null,
    },
  })
  const [kind, procedure, aid] = useWatch({
    control: form.control,
    name: ['kind', 'procedure', 'form'],
  })
  const submit = useSubmit({
    form,
    fields,
    // The amount as typed, in yuan: the resolver's output holds it in 分, which the API would
    // read as yuan again.
    send: (data, idempotencyKey) =>
      create.mutateAsync({ data: { ...data, amount: form.getValues('amount') }, idempotencyKey }),
    done: t('created'),
    onDone,
  })
  const label = (labels: Record<string, { zh: string; en: string }>, code: string) =>
    pickLabel(labels[code]!, i18n.language)
  return (
    <SubmitForm submit={submit} aria-label={title} onCancel={onDone}>
      <FormField
        control={form.control}
        name="residentId"
        label={t('fields.resident')}
        extra={t('fields.residentHelp')}
        required
      >
        {({ value, onChange, onBlur }, a11y) => (
          <ResidentPicker
            {...a11y}
            residence="all"
            value={value}
            onChange={(id) => onChange(id ?? null)}
            onBlur={onBlur}
          />
        )}
      </FormField>
      <Row gutter={12}>
        <Col xs={24} sm={12}>
          <FormField control={form.control} name="kind" label={t('fields.kind')} required>
            {(field, a11y) => (
              <Radio.Group
                {...a11y}
                optionType="button"
                value={field.value}
                onChange={(e) => {
                  field.onChange(e.target.value)
                  // 支出型 has no urgent procedure: back to the ordinary one.
                  if (e.target.value !== 'emergency') form.setValue('procedure', 'ordinary')
                }}
                options={assistanceKinds.map((k) => ({
                  value: k,
                  label: label(assistanceKindLabels, k),
                }))}
              />
            )}
          </FormField>
        </Col>
        <Col xs={24} sm={12}>
          <FormField control={form.control} name="form" label={t('fields.form')} required>
            {(field, a11y) => (
              <Radio.Group
                {...a11y}
                optionType="button"
                value={field.value}
                onChange={(e) => {
                  field.onChange(e.target.value)
                  // A referral pays nothing: its amount is 0, not asked.
                  form.setValue('amount', e.target.value === 'referral' ? '0' : '')
                }}
                options={assistanceForms.map((f) => ({
                  value: f,
                  label: label(assistanceFormLabels, f),
                }))}
              />
            )}
          </FormField>
        </Col>
      </Row>
      <FormField
        control={form.control}
        name="procedure"
        label={t('fields.procedure')}
        extra={t('fields.procedureHelp')}
        required
      >
        {(field, a11y) => (
          <Select
            {...a11y}
            showSearch={{ optionFilterProp: 'label' }}
            value={field.value}
            onChange={field.onChange}
            options={assistanceProcedures.map((p) => ({
              value: p,
              label: label(assistanceProcedureLabels, p),
              disabled: p === 'urgent' && kind !== 'emergency',
            }))}
          />
        )}
      </FormField>
      <FormField control={form.control} name="reason" label={t('fields.reason')} required>
        {(field, a11y) => (
          <Input {...field} {...a11y} maxLength={200} placeholder={t('fields.reasonPlaceholder')} />
        )}
      </FormField>
      <FormField control={form.control} name="description" label={t('fields.description')}>
        {(field, a11y) => <Input.TextArea {...field} {...a11y} rows={2} maxLength={2000} />}
      </FormField>
      <Row gutter={12}>
        {aid !== 'referral' && (
          <Col xs={24} sm={12}>
            <FormField
              control={form.control}
              name="amount"
              label={t('fields.amount')}
              extra={t('fields.amountHelp')}
              required
            >
              {(field, a11y) => <Input {...field} {...a11y} inputMode="decimal" maxLength={12} />}
            </FormField>
          </Col>
        )}
        <Col xs={24} sm={12}>
          <FormField control={form.control} name="appliedOn" label={t('fields.appliedOn')} required>
            {({ value, onChange }, a11y) => (
              <DateInput {...a11y} value={value} onChange={onChange} />
            )}
          </FormField>
        </Col>
        {procedure === 'urgent' && (
          <Col xs={24} sm={12}>
            <FormField control={form.control} name="helpedOn" label={t('fields.helpedOn')} required>
              {({ value, onChange }, a11y) => (
                <DateInput {...a11y} value={value} onChange={onChange} />
              )}
            </FormField>
          </Col>
        )}
      </Row>
      {aid === 'in_kind' && (
        <FormField
          control={form.control}
          name="inKindDescription"
          label={t('fields.inKindDescription')}
          required
        >
          {(field, a11y) => (
            <Input
              {...field}
              {...a11y}
              maxLength={500}
              placeholder={t('fields.inKindPlaceholder')}
            />
          )}
        </FormField>
      )}
    </SubmitForm>
  )
}
