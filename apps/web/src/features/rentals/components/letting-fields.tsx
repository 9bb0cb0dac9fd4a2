import { Button, Checkbox, Col, Input, InputNumber, Row } from 'antd'
import { lessorDutyLabels, lessorDuties, rentalUseLabels } from '@cr/shared/rentals/rental-codes'
import type { Control } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { DateInput } from '@/components/ui/date-input'
import { FormField } from '@/components/ui/form/form-field'
import { LabelSelect } from '@/components/ui/label-select'
import { pickLabel } from '@/lib/language'
import type { TLettingValues } from '../utils/rental-property-values'

/**
 * 出租信息: use, rooms, area, the occupants allowed, the lessor's duties (with 全部勾选) and the
 * day the landlord confirmed them — one section for 登记出租房屋 and 编辑出租信息.
 */
export const LettingFields = <T extends TLettingValues, TOutput>({
  control: typed,
}: {
  control: Control<T, unknown, TOutput>
}) => {
  const { t, i18n } = useTranslation(['rentals', 'common'])
  // The section reads only the letting's fields, which every form that shows it has.
  const control = typed as unknown as Control<TLettingValues>
  return (
    <fieldset className="plain-fieldset">
      <legend>{t('create.rentalSection')}</legend>
      <Row gutter={12}>
        <Col xs={12} md={6}>
          <FormField control={control} name="use" label={t('fields.use')} required>
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
          <FormField control={control} name="rooms" label={t('fields.rooms')}>
            {(field, a11y) => (
              <InputNumber {...field} {...a11y} min={0} max={999} style={{ width: '100%' }} />
            )}
          </FormField>
        </Col>
        <Col xs={12} md={6}>
          <FormField control={control} name="area" label={t('fields.area')}>
            {(field, a11y) => <Input {...field} {...a11y} inputMode="decimal" maxLength={9} />}
          </FormField>
        </Col>
        <Col xs={12} md={6}>
          <FormField control={control} name="allowedOccupants" label={t('fields.allowedOccupants')}>
            {(field, a11y) => (
              <InputNumber {...field} {...a11y} min={0} max={9999} style={{ width: '100%' }} />
            )}
          </FormField>
        </Col>
        <Col span={24}>
          <FormField
            control={control}
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
            control={control}
            name="dutiesConfirmedOn"
            label={t('fields.dutiesConfirmedOn')}
          >
            {({ value, onChange }, a11y) => (
              <DateInput {...a11y} value={value} onChange={onChange} />
            )}
          </FormField>
        </Col>
        <Col xs={24} md={16}>
          <FormField control={control} name="notes" label={t('fields.notes')}>
            {(field, a11y) => <Input {...field} {...a11y} maxLength={500} />}
          </FormField>
        </Col>
      </Row>
    </fieldset>
  )
}
