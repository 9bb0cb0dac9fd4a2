import { Col, Input, Row } from 'antd'
import { educationTable } from '@cr/shared/code-tables/education'
import { employmentStatusTable } from '@cr/shared/code-tables/employment-status'
import { ethnicityTable } from '@cr/shared/code-tables/ethnicity'
import { maritalStatusTable } from '@cr/shared/code-tables/marital-status'
import { politicalStatusTable } from '@cr/shared/code-tables/political-status'
import { populationCategoryLabels, residentTagLabels } from '@cr/shared/residents/resident-codes'
import type { Control } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { CodeTableSelect } from '@/components/ui/code-table-select'
import { FormField } from '@/components/ui/form/form-field'
import { LabelSelect } from '@/components/ui/label-select'
import type { TResidentFormValues } from './resident-form-values'

type TCoded = 'ethnicity' | 'education' | 'politicalStatus' | 'maritalStatus' | 'employmentStatus'
const codedFields: { name: TCoded; table: Parameters<typeof CodeTableSelect>[0]['table'] }[] = [
  { name: 'ethnicity', table: ethnicityTable },
  { name: 'education', table: educationTable },
  { name: 'politicalStatus', table: politicalStatusTable },
  { name: 'maritalStatus', table: maritalStatusTable },
  { name: 'employmentStatus', table: employmentStatusTable },
]

/** The coded facts (national code tables), 人口类别, 标签 and 备注. */
export const ResidentDetailFields = <TOut,>({
  control,
}: {
  control: Control<TResidentFormValues, unknown, TOut>
}) => {
  const { t } = useTranslation('residents')
  return (
    <Row gutter={16}>
      {codedFields.map(({ name, table }, index) => (
        // Three to a row, the middle column wider (as 身份证号 above it).
        <Col span={index % 3 === 1 ? 10 : 7} key={name}>
          <FormField control={control} name={name} label={t(`fields.${name}`)}>
            {({ value, onChange, onBlur }, a11y) => (
              <CodeTableSelect
                {...a11y}
                table={table}
                value={value}
                onChange={onChange}
                onBlur={onBlur}
              />
            )}
          </FormField>
        </Col>
      ))}
      <Col span={7}>
        <FormField control={control} name="category" label={t('fields.category')} required>
          {({ value, onChange, onBlur }, a11y) => (
            <LabelSelect
              {...a11y}
              labels={populationCategoryLabels}
              value={value}
              onChange={(next) => onChange(next ?? 'registered')}
              onBlur={onBlur}
            />
          )}
        </FormField>
      </Col>
      <Col span={24}>
        <FormField control={control} name="tags" label={t('fields.tags')}>
          {({ value, onChange, onBlur }, a11y) => (
            <LabelSelect
              {...a11y}
              mode="multiple"
              labels={residentTagLabels}
              value={value}
              onChange={onChange}
              onBlur={onBlur}
              allowClear
            />
          )}
        </FormField>
      </Col>
      <Col span={24}>
        <FormField control={control} name="notes" label={t('fields.notes')}>
          {(field, a11y) => (
            <Input.TextArea {...field} {...a11y} rows={2} maxLength={500} showCount />
          )}
        </FormField>
      </Col>
    </Row>
  )
}
