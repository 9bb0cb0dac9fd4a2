import type { FormEventHandler, ReactNode } from 'react'

type TProps = {
  id?: string
  onSubmit: FormEventHandler<HTMLFormElement>
  children: ReactNode
  'aria-label'?: string
}

/**
 * A real <form> (Enter submits, the browser knows the fields belong together) whose values are
 * owned by react-hook-form; each field lays itself out (`FormField`).
 */
export const Form = ({ id, onSubmit, children, 'aria-label': ariaLabel }: TProps) => (
  <form id={id} onSubmit={onSubmit} noValidate aria-label={ariaLabel}>
    {children}
  </form>
)
