import type { Control, FieldPath, FieldValues } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { DateInput } from '@/components/ui/date-input'
import { FormField } from '@/components/ui/form/form-field'

/** 日期 of a household step: blank means today, as the contract defaults it. */
export const DateField = <T extends FieldValues, N extends FieldPath<T>, TOut>({
  control,
  name,
}: {
  control: Control<T, unknown, TOut>
  name: N
}) => {
  const { t } = useTranslation('households')
  return (
    <FormField control={control} name={name} label={t('fields.date')} extra={t('help.date')}>
      {({ value, onChange }, a11y) => (
        <DateInput {...a11y} value={value as string | null} onChange={onChange} />
      )}
    </FormField>
  )
}
