import type { ReactNode } from 'react'
import { ProblemAlert } from '@/components/errors/problem-alert'
import { Form } from './form'
import { FormActions } from './form-actions'
import type { TSubmit } from './use-submit'

type TProps = {
  /** From `useSubmit`: the submit handler, its loading state and the problem to show. */
  submit: TSubmit
  'aria-label'?: string
  /** 取消 beside the submit button. */
  onCancel?: () => void
  /** Offered on a 412/428 (someone else saved first): reload the record into the form. */
  onReload?: () => void
  submitLabel?: string
  children: ReactNode
}

/**
 * The shell of every form that writes: a real <form> (Enter submits), the problem the last
 * submission met above the fields, the fields, and 取消 / 保存 with the loading state.
 */
export const SubmitForm = ({
  submit,
  'aria-label': ariaLabel,
  onCancel,
  onReload,
  submitLabel,
  children,
}: TProps) => (
  <Form onSubmit={submit.onSubmit} aria-label={ariaLabel}>
    {submit.problem && (
      <ProblemAlert
        error={submit.problem.error}
        otherErrors={submit.problem.otherErrors}
        onReload={onReload && (() => (submit.clearProblem(), onReload()))}
      />
    )}
    {children}
    <FormActions submitting={submit.submitting} onCancel={onCancel} submitLabel={submitLabel} />
  </Form>
)
