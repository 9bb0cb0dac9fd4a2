import { relationshipTable } from '@cr/shared/code-tables/relationship'
import type { ReactNode } from 'react'
import type { Control, FieldPath, FieldValues } from 'react-hook-form'
import { CodeTableSelect } from '@/components/ui/code-table-select'
import { FormField } from '@/components/ui/form/form-field'

/** 本人 and 户主 are not relationships a member can have to a head. */
const notForMembers = ['01', '02'] as const

/** A GB/T 4761 relationship to the head (names shown, codes kept; type to filter). */
export const RelationshipField = <T extends FieldValues, N extends FieldPath<T>, TOut>({
  control,
  name,
  label,
  extra,
}: {
  control: Control<T, unknown, TOut>
  name: N
  label: string
  extra?: ReactNode
}) => (
  <FormField control={control} name={name} label={label} required extra={extra}>
    {({ value, onChange, onBlur }, a11y) => (
      <CodeTableSelect
        {...a11y}
        table={relationshipTable}
        exclude={notForMembers}
        value={value as string | null}
        onChange={onChange}
        onBlur={onBlur}
      />
    )}
  </FormField>
)
