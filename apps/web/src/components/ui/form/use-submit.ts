import { useRef, useState, type FormEventHandler } from 'react'
import type { FieldValues, Path, UseFormReturn } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { useIdempotencyKey } from '@/hooks/use-idempotency-key'
import { useFormProblem, type TFormProblem } from './use-form-problem'
import { feedback } from '@/lib/feedback'

type TOptions<TValues extends FieldValues, TData, TResult> = {
  form: Pick<UseFormReturn<TValues, unknown, TData>, 'handleSubmit' | 'setError'>
  /** The fields a problem's `errors[]` can be shown on; the others go to the form's alert. */
  fields: readonly Path<TValues>[]
  /**
   * Sends the valid data (usually a mutation's `mutateAsync`). `idempotencyKey` stays the same
   * while the same data is sent again (a retry after a timeout), so a POST creates one record.
   */
  send: (data: TData, idempotencyKey: string) => Promise<TResult>
  /**
   * Asked first, for a step a later edit does not undo (转正, 迁出 …); or, as a function of the
   * data, only when it finds something to confirm (a warning the clerk may save over).
   */
  confirm?:
    | { title: string; content: string }
    | ((data: TData) => { title: string; content: string } | null)
  /** Said when it is done. */
  done?: string | ((result: TResult) => string)
  onDone?: (result: TResult) => void
  /** After the problem is shown on the fields: what more the form makes of it. */
  onError?: (error: unknown) => void
}

export type TSubmit = {
  onSubmit: FormEventHandler<HTMLFormElement>
  submitting: boolean
  problem: TFormProblem | null
  clearProblem: () => void
}

/**
 * What every form that writes does once its values are valid, declared once: (confirm,) send
 * with one Idempotency-Key per submission, then the success message and `onDone` — or the
 * problem's field errors onto the inputs (the first focused) and the rest into the form's alert
 * (<SubmitForm> shows it). A second submission while one is on its way is ignored.
 */
export const useSubmit = <TValues extends FieldValues, TData, TResult>(
  options: TOptions<TValues, TData, TResult>,
): TSubmit => {
  const { t } = useTranslation()
  const keeper = useIdempotencyKey()
  const problem = useFormProblem(options.form.setError, options.fields)
  const [submitting, setSubmitting] = useState(false)
  // Read synchronously: a second Enter before the re-render must not send again.
  const inFlight = useRef(false)

  const send = async (data: TData) => {
    inFlight.current = true
    setSubmitting(true)
    let result: TResult
    try {
      result = await options.send(data, keeper.keyFor(data))
    } catch (error) {
      problem.handle(error)
      options.onError?.(error)
      return
    } finally {
      inFlight.current = false
      setSubmitting(false)
    }
    keeper.reset()
    const done = typeof options.done === 'function' ? options.done(result) : options.done
    if (done) feedback.success(done)
    options.onDone?.(result)
  }

  const onSubmit: FormEventHandler<HTMLFormElement> = (event) => {
    void options.form.handleSubmit((data) => {
      if (inFlight.current) return
      problem.clear()
      const confirm =
        typeof options.confirm === 'function' ? options.confirm(data) : options.confirm
      if (!confirm) return send(data)
      feedback.confirm({
        ...confirm,
        okText: t('actions.confirm'),
        cancelText: t('actions.cancel'),
        // The confirmation closes either way; a problem is shown on the form.
        onOk: () => send(data),
      })
    })(event)
  }

  return { onSubmit, submitting, problem: problem.problem, clearProblem: problem.clear }
}
