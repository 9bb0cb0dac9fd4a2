import { Form as AntForm } from 'antd'
import type { FormEventHandler, ReactNode } from 'react'

type TProps = {
  id?: string
  onSubmit: FormEventHandler<HTMLFormElement>
  children: ReactNode
  'aria-label'?: string
}

/**
 * A real <form> (Enter submits, the browser knows the fields belong together) whose values are
 * owned by react-hook-form; antd's Form only lends its layout, not its store. The required
 * asterisk stays out of the labels' names (see `.ant-form-item-required` in styles.css); inputs
 * say `aria-required` instead.
 */
export const Form = ({ id, onSubmit, children, 'aria-label': ariaLabel }: TProps) => (
  <form id={id} onSubmit={onSubmit} noValidate aria-label={ariaLabel}>
    <AntForm component={false} layout="vertical">
      {children}
    </AntForm>
  </form>
)
