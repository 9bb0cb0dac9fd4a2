import { Col, Input, Row, Select } from 'antd'
import { sexTable } from '@cr/shared/code-tables/sex'
import { normalizePhone } from '@cr/shared/validators/phone'
import type { Control } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { ScopeCommitteeSelect } from '@/components/committee-select/scope-committee-select'
import { FormField } from '@/components/ui/form/form-field'
import type { TResidentFormValues } from './resident-form-values'

/** 男 and 女, for a sex chosen rather than read from the number. */
const sexChoices = (['1', '2'] as const).map((code) => ({
  value: code,
  label: sexTable.nameOf(code) ?? code,
}))

type TProps<TOut> = {
  control: Control<TResidentFormValues, unknown, TOut>
  /** The 身份证号 field: live-validated on create, the masked number on edit. */
  idNumberField: React.ReactNode
  /** On edit: the masked phone, left unchanged when the field stays blank. */
  phoneMasked?: string | null
  /** The number does not say the sex (older foreigners' cards): it is chosen, not derived. */
  sexChosen?: boolean
}

/** 姓名, 身份证号, 居委会; 性别 and 出生日期 (read-only, from the ID number); 联系电话. */
export const ResidentIdentityFields = <TOut,>({
  control,
  idNumberField,
  phoneMasked,
  sexChosen = false,
}: TProps<TOut>) => {
  const { t } = useTranslation('residents')
  const editing = phoneMasked !== undefined
  return (
    <Row gutter={16}>
      <Col span={7}>
        <FormField control={control} name="name" label={t('fields.name')} required>
          {(field, a11y) => <Input {...field} {...a11y} autoFocus maxLength={50} />}
        </FormField>
      </Col>
      <Col span={10}>{idNumberField}</Col>
      <Col span={7}>
        <FormField control={control} name="committeeId" label={t('fields.committee')} required>
          {({ value, onChange, onBlur }, a11y) => (
            <ScopeCommitteeSelect {...a11y} value={value} onChange={onChange} onBlur={onBlur} />
          )}
        </FormField>
      </Col>
      <Col span={7}>
        <FormField
          control={control}
          name="sex"
          label={t('fields.sex')}
          required={sexChosen}
          extra={sexChosen ? undefined : t('help.derived')}
        >
          {({ value, ref, onChange, onBlur }, a11y) =>
            sexChosen ? (
              <Select
                {...a11y}
                value={value ?? undefined}
                onChange={onChange}
                onBlur={onBlur}
                options={sexChoices}
              />
            ) : (
              <Input
                {...a11y}
                ref={ref}
                readOnly
                variant="filled"
                value={value ? (sexTable.nameOf(value) ?? '') : ''}
              />
            )
          }
        </FormField>
      </Col>
      <Col span={10}>
        <FormField control={control} name="birthDate" label={t('fields.birthDate')}>
          {({ value, ref }, a11y) => (
            <Input {...a11y} ref={ref} readOnly variant="filled" value={value ?? ''} />
          )}
        </FormField>
      </Col>
      <Col span={7}>
        <FormField
          control={control}
          name="phone"
          label={t('fields.phone')}
          extra={
            editing && phoneMasked ? t('help.phoneKeep', { masked: phoneMasked }) : t('help.phone')
          }
        >
          {(field, a11y) => (
            <Input
              {...field}
              {...a11y}
              // Full-width digits, spaces and +86 become the stored form when the field is left.
              onBlur={() => {
                const normal = field.value.trim() ? normalizePhone(field.value) : null
                if (normal && normal !== field.value) field.onChange(normal)
                field.onBlur()
              }}
              placeholder={editing ? (phoneMasked ?? '') : undefined}
              maxLength={30}
              inputMode="tel"
            />
          )}
        </FormField>
      </Col>
    </Row>
  )
}
