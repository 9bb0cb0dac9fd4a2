import { Button, Input } from 'antd'
import type { TRef } from '@cr/shared/common/record'
import { useWatch, type Control, type FieldPath, type FieldValues } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { idNumberPerson } from '@/lib/id-number-person'
import { FormField } from './form-field'

type TProps<T extends FieldValues, TOut> = {
  control: Control<T, unknown, TOut>
  name: FieldPath<T>
  label: string
  /** The registered person who already has the typed number (a 409), offered instead. */
  existing?: TRef | null
  onUseExisting: (person: TRef) => void
  /** The offer's words: 改为选择已登记的居民：陈建平. */
  existingLabel: (person: TRef) => string
}

/**
 * 身份证号 of a person typed in new (登记住户's rows, a landlord, a tenant at the desk): the sex
 * and birth date it says are read out as it is typed, or, when the number is registered already,
 * the button that takes that person instead of a copy.
 */
export const NewPersonIdField = <T extends FieldValues, TOut>({
  control,
  name,
  label,
  existing,
  onUseExisting,
  existingLabel,
}: TProps<T, TOut>) => {
  const { t } = useTranslation()
  const read = idNumberPerson(String(useWatch({ control, name }) ?? ''))
  return (
    <FormField
      control={control}
      name={name}
      label={label}
      required
      extra={({ invalid }) =>
        existing ? (
          <Button type="link" size="small" onClick={() => onUseExisting(existing)}>
            {existingLabel(existing)}
          </Button>
        ) : invalid || !read ? undefined : (
          <span aria-live="polite">
            {t('person.idRead', {
              sex: read.sex ? t(`person.sex${read.sex}`) : '—',
              birthDate: read.birthDate,
            })}
          </span>
        )
      }
    >
      {(field, a11y) => (
        <Input
          {...field}
          {...a11y}
          maxLength={24}
          autoComplete="off"
          spellCheck={false}
          className="mono"
        />
      )}
    </FormField>
  )
}
