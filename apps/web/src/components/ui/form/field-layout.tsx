// antd's own inputs read their error state from this context (the red border, the full width
// of pickers and number inputs in a form); Form.Item provides it. Providing it here keeps that
// look without antd's Form and its validation engine in the first load (the bundle budget).
import { FormItemInputContext } from 'antd/es/form/context'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { toLabelLanguage } from '@/lib/language'
import { localizeSharedMessage } from '@/lib/zod-errors'

/** What an input needs to be labelled and to announce its error. */
export type TFieldA11y = {
  id: string
  'aria-invalid': boolean
  'aria-required': boolean | undefined
  'aria-describedby': string | undefined
}

type TProps = {
  /** The input's id, which the label points at. */
  id: string
  label: ReactNode
  required?: boolean
  /** The field's error (a shared code's message is shown in the UI language). */
  error?: string
  /** Help under the input, always visible; a function also learns whether the field has an error. */
  extra?: ReactNode | ((state: { invalid: boolean }) => ReactNode)
  children: (a11y: TFieldA11y) => ReactNode
}

/**
 * One labelled input laid out as antd lays out a vertical form's item (`.form-field` in
 * styles.css): label, input, error, help. The <label> points at the input (`htmlFor`), so
 * Playwright's getByLabel and screen readers find it; the required asterisk is drawn by CSS and
 * stays out of the label's name (inputs say `aria-required` instead). `FormField` is this for a
 * react-hook-form field; the sign-in form uses it alone.
 */
export const FieldLayout = ({ id, label, required, error, extra, children }: TProps) => {
  const { i18n } = useTranslation()
  const text = error ? localizeSharedMessage(error, toLabelLanguage(i18n.language)) : undefined
  const help = typeof extra === 'function' ? extra({ invalid: Boolean(text) }) : extra
  const describedBy = [text ? `${id}-error` : null, help ? `${id}-extra` : null]
    .filter(Boolean)
    .join(' ')
  return (
    <div className={text ? 'form-field form-field-invalid' : 'form-field'}>
      <label htmlFor={id} className={required ? 'form-field-label required' : 'form-field-label'}>
        {label}
      </label>
      <FormItemInputContext.Provider value={{ status: text ? 'error' : '', isFormItemInput: true }}>
        {children({
          id,
          'aria-invalid': Boolean(text),
          'aria-required': required || undefined,
          'aria-describedby': describedBy || undefined,
        })}
      </FormItemInputContext.Provider>
      {text && (
        <div id={`${id}-error`} className="form-field-error">
          {text}
        </div>
      )}
      {help && (
        <div id={`${id}-extra`} className="form-field-extra">
          {help}
        </div>
      )}
    </div>
  )
}
