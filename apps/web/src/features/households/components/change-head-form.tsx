import { Alert, Col, Row, Select } from 'antd'
import { relationshipTable } from '@cr/shared/code-tables/relationship'
import type { THousehold } from '@cr/shared/households/household'
import { useForm, useWatch } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import type { z } from 'zod'
import { FormField } from '@/components/ui/form/form-field'
import { schemaResolver } from '@/components/ui/form/schema-resolver'
import { SubmitForm } from '@/components/ui/form/submit-form'
import { useSubmit } from '@/components/ui/form/use-submit'
import { useChangeHead } from '../api/change-head'
import { ZChangeHeadForm, toChangeHeadValues, type TChangeHeadValues } from './change-head-values'
import { DateField } from './date-field'
import { RelationshipField } from './relationship-field'

type TProps = { household: THousehold; title: string; onDone: () => void }

/** 变更户主: pick the new head among the members, then everyone else's relationship to them. */
export const ChangeHeadForm = ({ household, title, onDone }: TProps) => {
  const { t } = useTranslation('households')
  const form = useForm<TChangeHeadValues, unknown, z.output<typeof ZChangeHeadForm>>({
    resolver: schemaResolver(ZChangeHeadForm),
    defaultValues: toChangeHeadValues(household),
  })
  const newHead = useWatch({ control: form.control, name: 'newHeadResidentId' })
  const changeHead = useChangeHead()
  const submit = useSubmit({
    form,
    fields: ['newHeadResidentId', 'date'],
    send: (data, idempotencyKey) =>
      changeHead.mutateAsync({ id: household.id, data, idempotencyKey }),
    done: t('done.changeHead'),
    onDone,
  })
  const candidates = household.members.filter((m) => !m.isHead)
  if (candidates.length === 0) return <Alert type="info" showIcon title={t('noCandidates')} />
  return (
    <SubmitForm submit={submit} aria-label={title} onCancel={onDone}>
      <FormField
        control={form.control}
        name="newHeadResidentId"
        label={t('fields.head')}
        required
        extra={t('help.newHead')}
      >
        {({ value, onChange, onBlur }, a11y) => (
          <Select<string>
            {...a11y}
            value={value}
            onChange={onChange}
            onBlur={onBlur}
            autoFocus
            showSearch={{ optionFilterProp: 'label' }}
            options={candidates.map((m) => ({
              value: m.resident.id,
              label: `${m.resident.name}（${relationshipTable.nameOf(m.relationship) ?? m.relationship}）`,
            }))}
          />
        )}
      </FormField>
      <fieldset className="plain-fieldset">
        <legend>{t('help.relationships')}</legend>
        {!newHead && <p className="fieldset-hint">{t('chooseHeadFirst')}</p>}
        {newHead && (
          <Row gutter={16}>
            {household.members.map((m, i) =>
              m.resident.id === newHead ? null : (
                <Col span={12} key={m.resident.id}>
                  <RelationshipField
                    control={form.control}
                    name={`relationships.${i}.relationship`}
                    label={t('relationshipOf', { name: m.resident.name })}
                  />
                </Col>
              ),
            )}
          </Row>
        )}
      </fieldset>
      <DateField control={form.control} name="date" />
    </SubmitForm>
  )
}
