import { useId, type ReactNode } from 'react'
import {
  Controller,
  type Control,
  type ControllerRenderProps,
  type FieldPath,
  type FieldValues,
} from 'react-hook-form'
import { FieldLayout, type TFieldA11y } from './field-layout'

export type { TFieldA11y } from './field-layout'

type TProps<T extends FieldValues, N extends FieldPath<T>, TOut> = {
  /** Any form's control: the transformed (submitted) type does not matter to one field. */
  control: Control<T, unknown, TOut>
  name: N
  label: ReactNode
  required?: boolean
  /** Help under the input, always visible; a function also learns whether the field has an error. */
  extra?: ReactNode | ((state: { invalid: boolean }) => ReactNode)
  children: (field: ControllerRenderProps<T, N>, a11y: TFieldA11y) => ReactNode
}

/** One labelled input of a react-hook-form form (`FieldLayout`: label, input, error, help). */
export const FormField = <T extends FieldValues, N extends FieldPath<T>, TOut = T>({
  control,
  name,
  label,
  required,
  extra,
  children,
}: TProps<T, N, TOut>) => {
  const id = `${useId()}-${name}`.replace(/[^A-Za-z0-9_-]/g, '')
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <FieldLayout
          id={id}
          label={label}
          required={required}
          error={fieldState.error?.message}
          extra={extra}
        >
          {(a11y) => children(field, a11y)}
        </FieldLayout>
      )}
    />
  )
}
