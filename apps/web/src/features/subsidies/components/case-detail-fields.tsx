import { Checkbox, Col, Input, Row } from 'antd'
import { subsidyClassificationLabels } from '@cr/shared/subsidies/subsidy-review'
import {
  hardshipReasonLabels,
  missingMaterials,
  subsidyMaterialLabels,
  subsidyMaterials,
  type TSubsidyMaterial,
} from '@cr/shared/subsidies/subsidy-steps'
import { useWatch, type Control, type FieldValues, type Path } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { DateInput } from '@/components/ui/date-input'
import { FormField } from '@/components/ui/form/form-field'
import { LabelSelect } from '@/components/ui/label-select'
import { pickLabel } from '@/lib/language'
import type { TCaseDetailValues } from '../utils/subsidy-case-values'

type TForm = FieldValues & TCaseDetailValues
type TProps<T extends TForm> = {
  control: Control<T, unknown, unknown>
  /** The masked account on file (编辑): left blank, it stays. */
  accountOnFile?: string | null
}

/**
 * 申请信息: the reason for hardship and the review classification, the materials received (what
 * is missing listed at once, all of it), the signed declaration, assets as declared, the 低保证
 * number and the bank account the money goes to.
 */
export const CaseDetailFields = <T extends TForm>({ control, accountOnFile }: TProps<T>) => {
  const { t, i18n } = useTranslation('subsidies')
  const name = (n: keyof TCaseDetailValues) => n as Path<T>
  const received = (useWatch({ control, name: name('materials') }) ?? []) as TSubsidyMaterial[]
  const missing = missingMaterials(received)
  return (
    <Row gutter={12}>
      <Col xs={24} md={12}>
        <FormField
          control={control}
          name={name('hardshipReason')}
          label={t('fields.hardshipReason')}
          required
        >
          {({ value, onChange, onBlur }, a11y) => (
            <LabelSelect
              {...a11y}
              labels={hardshipReasonLabels}
              value={value}
              onChange={onChange}
              onBlur={onBlur}
              placeholder={t('fields.choose')}
            />
          )}
        </FormField>
      </Col>
      <Col xs={24} md={12}>
        <FormField
          control={control}
          name={name('classification')}
          label={t('fields.classification')}
          required
        >
          {({ value, onChange, onBlur }, a11y) => (
            <LabelSelect
              {...a11y}
              labels={subsidyClassificationLabels}
              value={value}
              onChange={onChange}
              onBlur={onBlur}
            />
          )}
        </FormField>
      </Col>
      <Col xs={24}>
        <FormField
          control={control}
          name={name('materials')}
          label={t('fields.materials')}
          extra={
            missing.length
              ? t('materials.missing', {
                  items: missing
                    .map((m) => pickLabel(subsidyMaterialLabels[m], i18n.language))
                    .join('、'),
                })
              : t('materials.complete')
          }
        >
          {({ value, onChange }, a11y) => (
            <div id={a11y.id} role="group" aria-describedby={a11y['aria-describedby']}>
              <Checkbox.Group
                value={value}
                onChange={onChange}
                options={subsidyMaterials.map((m) => ({
                  value: m,
                  label: pickLabel(subsidyMaterialLabels[m], i18n.language),
                }))}
              />
            </div>
          )}
        </FormField>
      </Col>
      <Col xs={24} md={12}>
        <FormField
          control={control}
          name={name('declarationReceivedOn')}
          label={t('fields.declarationReceivedOn')}
          extra={t('fields.declarationHelp')}
        >
          {({ value, onChange }, a11y) => <DateInput {...a11y} value={value} onChange={onChange} />}
        </FormField>
      </Col>
      <Col xs={24} md={12}>
        <FormField
          control={control}
          name={name('certificateNumber')}
          label={t('fields.certificateNumber')}
        >
          {(field, a11y) => <Input {...field} {...a11y} maxLength={40} />}
        </FormField>
      </Col>
      <Col xs={24}>
        <FormField
          control={control}
          name={name('assets')}
          label={t('fields.assets')}
          extra={t('fields.assetsHelp')}
        >
          {(field, a11y) => <Input.TextArea {...field} {...a11y} rows={2} maxLength={1000} />}
        </FormField>
      </Col>
      <Col xs={24} md={10}>
        <FormField control={control} name={name('bankName')} label={t('fields.bankName')}>
          {(field, a11y) => (
            <Input
              {...field}
              {...a11y}
              maxLength={50}
              placeholder={t('fields.bankNamePlaceholder')}
            />
          )}
        </FormField>
      </Col>
      <Col xs={24} md={14}>
        <FormField
          control={control}
          name={name('bankAccount')}
          label={t('fields.bankAccount')}
          extra={
            accountOnFile
              ? t('fields.bankAccountKept', { masked: accountOnFile })
              : t('fields.bankAccountHelp')
          }
        >
          {(field, a11y) => (
            <Input
              {...field}
              {...a11y}
              inputMode="numeric"
              autoComplete="off"
              maxLength={40}
              className="mono"
            />
          )}
        </FormField>
      </Col>
      <Col xs={24}>
        <FormField control={control} name={name('notes')} label={t('fields.notes')}>
          {(field, a11y) => <Input.TextArea {...field} {...a11y} rows={2} maxLength={1000} />}
        </FormField>
      </Col>
    </Row>
  )
}
