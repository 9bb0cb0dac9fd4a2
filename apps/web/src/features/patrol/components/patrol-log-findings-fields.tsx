import { DeleteOutlined, PlusOutlined } from '@ant-design/icons'
import { Button, Card, Checkbox, Col, Input, Radio, Row } from 'antd'
import {
  findingHandlingStateLabels,
  incidentTypeLabels,
  questioningGroundLabels,
  questioningOutcomeLabels,
} from '@cr/shared/patrol/patrol-codes'
import { useFieldArray, useWatch, type Control } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import type { z } from 'zod'
import type { ZPatrolLogCreate } from '@cr/shared/patrol/patrol-log'
import { ResidentPicker } from '@/components/resident-picker/resident-picker'
import { FormField } from '@/components/ui/form/form-field'
import { LabelSelect } from '@/components/ui/label-select'
import { MaskedIdInput } from './masked-id-input'
import { newIncident, newQuestioning, type TLogValues } from './patrol-log-form-values'

type TControl = Control<TLogValues, unknown, z.output<typeof ZPatrolLogCreate>>

/** 发现情况: type, what was found, how it was handled, whether it needs follow-up. */
export const IncidentFields = ({ control }: { control: TControl }) => {
  const { t } = useTranslation('patrol')
  const { fields, append, remove } = useFieldArray({ control, name: 'incidents' })
  return (
    <Card size="small" title={t('logForm.incidents')} style={{ marginBottom: 16 }}>
      {fields.map((field, i) => (
        <Card
          key={field.id}
          size="small"
          type="inner"
          title={t('logForm.incident', { n: i + 1 })}
          extra={
            <Button
              type="text"
              danger
              icon={<DeleteOutlined aria-hidden />}
              aria-label={t('logForm.removeIncident', { n: i + 1 })}
              onClick={() => remove(i)}
            />
          }
          style={{ marginBottom: 12 }}
        >
          <Row gutter={12}>
            <Col xs={24} md={8}>
              <FormField
                control={control}
                name={`incidents.${i}.type`}
                label={t('logForm.type')}
                required
              >
                {({ value, onChange }, a11y) => (
                  <LabelSelect
                    {...a11y}
                    labels={incidentTypeLabels}
                    value={value}
                    onChange={onChange}
                  />
                )}
              </FormField>
            </Col>
            <Col xs={24} md={8}>
              <FormField
                control={control}
                name={`incidents.${i}.handling`}
                label={t('logForm.handling')}
              >
                {({ value, onChange }, a11y) => (
                  <LabelSelect
                    {...a11y}
                    labels={findingHandlingStateLabels}
                    value={value}
                    onChange={(v) => onChange(v ?? 'handled_on_site')}
                  />
                )}
              </FormField>
            </Col>
            <Col xs={24} md={8}>
              <FormField control={control} name={`incidents.${i}.needsFollowUp`} label=" ">
                {({ value, onChange }) => (
                  <Checkbox checked={value} onChange={(e) => onChange(e.target.checked)}>
                    {t('logForm.needsFollowUp')}
                  </Checkbox>
                )}
              </FormField>
            </Col>
          </Row>
          <FormField
            control={control}
            name={`incidents.${i}.text`}
            label={t('logForm.text')}
            required
          >
            {(field, a11y) => <Input.TextArea {...field} {...a11y} rows={2} maxLength={1000} />}
          </FormField>
          <FormField
            control={control}
            name={`incidents.${i}.handlingText`}
            label={t('logForm.handlingText')}
          >
            {(field, a11y) => <Input {...field} {...a11y} maxLength={500} />}
          </FormField>
        </Card>
      ))}
      <Button icon={<PlusOutlined aria-hidden />} onClick={() => append(newIncident())}>
        {t('logForm.addIncident')}
      </Button>
    </Card>
  )
}

const QuestioningPerson = ({
  control,
  i,
  committeeId,
}: {
  control: TControl
  i: number
  committeeId?: string
}) => {
  const { t } = useTranslation('patrol')
  const known = useWatch({ control, name: `questionings.${i}.known` })
  return (
    <>
      <FormField control={control} name={`questionings.${i}.known`} label={t('logForm.personKind')}>
        {({ value, onChange }, a11y) => (
          <Radio.Group
            {...a11y}
            value={value}
            onChange={(e) => onChange(e.target.value)}
            options={[
              { value: false, label: t('logForm.described') },
              { value: true, label: t('logForm.knownResident') },
            ]}
          />
        )}
      </FormField>
      {known ? (
        <FormField
          control={control}
          name={`questionings.${i}.person.residentId`}
          label={t('logForm.resident')}
          required
        >
          {({ value, onChange, onBlur }, a11y) => (
            <ResidentPicker
              {...a11y}
              committeeId={committeeId}
              residence="all"
              value={value}
              onChange={onChange}
              onBlur={onBlur}
            />
          )}
        </FormField>
      ) : (
        <Row gutter={12}>
          <Col xs={24} md={8}>
            <FormField
              control={control}
              name={`questionings.${i}.person.name`}
              label={t('logForm.name')}
            >
              {(field, a11y) => <Input {...field} {...a11y} maxLength={50} />}
            </FormField>
          </Col>
          <Col xs={24} md={8}>
            <FormField
              control={control}
              name={`questionings.${i}.person.idNumber`}
              label={t('logForm.idNumber')}
            >
              {({ value, onChange, onBlur }, a11y) => (
                <MaskedIdInput {...a11y} value={value} onChange={onChange} onBlur={onBlur} />
              )}
            </FormField>
          </Col>
          <Col xs={24} md={8}>
            <FormField
              control={control}
              name={`questionings.${i}.person.description`}
              label={t('logForm.description')}
            >
              {(field, a11y) => <Input {...field} {...a11y} maxLength={200} />}
            </FormField>
          </Col>
        </Row>
      )}
    </>
  )
}

/** 盘查: the person (picked or described, an ID number masked), grounds, outcome, handling. */
export const QuestioningFields = ({
  control,
  committeeId,
}: {
  control: TControl
  committeeId?: string
}) => {
  const { t } = useTranslation('patrol')
  const { fields, append, remove } = useFieldArray({ control, name: 'questionings' })
  return (
    <Card size="small" title={t('logForm.questionings')} style={{ marginBottom: 16 }}>
      {fields.map((field, i) => (
        <Card
          key={field.id}
          size="small"
          type="inner"
          title={t('logForm.questioning', { n: i + 1 })}
          extra={
            <Button
              type="text"
              danger
              icon={<DeleteOutlined aria-hidden />}
              aria-label={t('logForm.removeQuestioning', { n: i + 1 })}
              onClick={() => remove(i)}
            />
          }
          style={{ marginBottom: 12 }}
        >
          <QuestioningPerson control={control} i={i} committeeId={committeeId} />
          <Row gutter={12}>
            <Col xs={24} md={12}>
              <FormField
                control={control}
                name={`questionings.${i}.grounds`}
                label={t('logForm.grounds')}
                required
              >
                {({ value, onChange }, a11y) => (
                  <LabelSelect
                    {...a11y}
                    mode="multiple"
                    labels={questioningGroundLabels}
                    value={value}
                    onChange={onChange}
                  />
                )}
              </FormField>
            </Col>
            <Col xs={24} md={6}>
              <FormField
                control={control}
                name={`questionings.${i}.outcome`}
                label={t('logForm.outcome')}
                required
              >
                {({ value, onChange }, a11y) => (
                  <LabelSelect
                    {...a11y}
                    labels={questioningOutcomeLabels}
                    value={value}
                    onChange={(v) => onChange(v ?? 'released')}
                  />
                )}
              </FormField>
            </Col>
            <Col xs={24} md={6}>
              <FormField control={control} name={`questionings.${i}.needsFollowUp`} label=" ">
                {({ value, onChange }) => (
                  <Checkbox checked={value} onChange={(e) => onChange(e.target.checked)}>
                    {t('logForm.needsFollowUp')}
                  </Checkbox>
                )}
              </FormField>
            </Col>
          </Row>
          <FormField
            control={control}
            name={`questionings.${i}.handlingText`}
            label={t('logForm.handlingText')}
          >
            {(field, a11y) => <Input {...field} {...a11y} maxLength={500} />}
          </FormField>
        </Card>
      ))}
      <Button icon={<PlusOutlined aria-hidden />} onClick={() => append(newQuestioning())}>
        {t('logForm.addQuestioning')}
      </Button>
    </Card>
  )
}
