import { Form } from 'antd'
import { useId, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import {
  Controller,
  type Control,
  type ControllerRenderProps,
  type FieldPath,
  type FieldValues,
} from 'react-hook-form'
import { toLabelLanguage } from '@/lib/language'
import { localizeSharedMessage } from '@/lib/zod-errors'

/** What an input needs to be labelled and to announce its error. */
export type TFieldA11y = {
  id: string
  'aria-invalid': boolean
  'aria-required': boolean | undefined
  'aria-describedby': string | undefined
}

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

/**
 * One labelled input of a react-hook-form form, laid out by antd's Form.Item. The <label>
 * points at the input (`htmlFor`), so Playwright's getByLabel and screen readers find it.
 */
export const FormField = <T extends FieldValues, N extends FieldPath<T>, TOut = T>({
  control,
  name,
  label,
  required,
  extra,
  children,
}: TProps<T, N, TOut>) => {
  const { i18n } = useTranslation()
  const id = `${useId()}-${name}`.replace(/[^A-Za-z0-9_-]/g, '')
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => {
        const message = fieldState.error?.message
        const text = message
          ? localizeSharedMessage(message, toLabelLanguage(i18n.language))
          : undefined
        const help = typeof extra === 'function' ? extra({ invalid: Boolean(text) }) : extra
        const describedBy = [text ? `${id}-error` : null, help ? `${id}-extra` : null]
          .filter(Boolean)
          .join(' ')
        return (
          <Form.Item
            label={label}
            htmlFor={id}
            required={required}
            validateStatus={text ? 'error' : undefined}
            help={text ? <span id={`${id}-error`}>{text}</span> : undefined}
            extra={help ? <span id={`${id}-extra`}>{help}</span> : undefined}
          >
            {children(field, {
              id,
              'aria-invalid': Boolean(text),
              'aria-required': required || undefined,
              'aria-describedby': describedBy || undefined,
            })}
          </Form.Item>
        )
      }}
    />
  )
}
