import { Input, Switch } from 'antd'
import type { TCommitteeCreate } from '@cr/shared/committees/committee'
import type { Control } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { FormField } from '@/components/ui/form/form-field'

export const committeeFieldNames = ['name', 'code', 'address', 'phone', 'active'] as const

/** The inputs of a committee, shared by the create and the edit form. */
export const CommitteeFields = <TOut,>({
  control,
}: {
  control: Control<TCommitteeCreate, unknown, TOut>
}) => {
  const { t } = useTranslation('committees')
  return (
    <>
      <FormField control={control} name="name" label={t('fields.name')} required>
        {(field, a11y) => <Input {...field} {...a11y} autoFocus maxLength={50} />}
      </FormField>
      <FormField
        control={control}
        name="code"
        label={t('fields.code')}
        required
        extra={t('help.code')}
      >
        {(field, a11y) => <Input {...field} {...a11y} maxLength={32} autoComplete="off" />}
      </FormField>
      <FormField control={control} name="address" label={t('fields.address')}>
        {(field, a11y) => <Input {...field} {...a11y} value={field.value ?? ''} maxLength={200} />}
      </FormField>
      <FormField control={control} name="phone" label={t('fields.phone')} extra={t('help.phone')}>
        {(field, a11y) => (
          <Input {...field} {...a11y} value={field.value ?? ''} maxLength={30} inputMode="tel" />
        )}
      </FormField>
      <FormField control={control} name="active" label={t('fields.active')}>
        {({ value, onChange, ref }, a11y) => (
          <Switch {...a11y} ref={ref} checked={value ?? true} onChange={onChange} />
        )}
      </FormField>
    </>
  )
}
