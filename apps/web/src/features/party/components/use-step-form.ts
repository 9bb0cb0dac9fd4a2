import type { UseMutationResult } from '@tanstack/react-query'
import { App } from 'antd'
import type { TPartyMember } from '@cr/shared/party/party-member'
import type { FieldValues, Path, UseFormSetError } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { useFormProblem } from '@/components/ui/form/use-form-problem'
import { useIdempotencyKey } from '@/hooks/use-idempotency-key'

type TStepInput<T> = { id: string; version: number; data: T; idempotencyKey: string }

type TOptions<TValues extends FieldValues, T, R> = {
  member: TPartyMember
  mutation: UseMutationResult<R, Error, TStepInput<T>>
  setError: UseFormSetError<TValues>
  fields: readonly Path<TValues>[]
  /** Asked before the step is sent: a life-cycle step is not undone by a field edit. */
  confirm: { title: string; content: string }
  doneMessage: string
  onDone: (result: R) => void
}

/**
 * What every life-cycle step's form does: confirm, send with the member's version (If-Match)
 * and one key per submission, then the message — or the API's problems onto the fields.
 */
export const useStepForm = <TValues extends FieldValues, T, R>(
  options: TOptions<TValues, T, R>,
) => {
  const { t } = useTranslation()
  const { message, modal } = App.useApp()
  const keeper = useIdempotencyKey()
  const problem = useFormProblem(options.setError, options.fields)
  const submit = (data: T) => {
    problem.clear()
    modal.confirm({
      title: options.confirm.title,
      content: options.confirm.content,
      okText: t('actions.confirm'),
      cancelText: t('actions.cancel'),
      onOk: () =>
        options.mutation
          .mutateAsync({
            id: options.member.id,
            version: options.member.version,
            data,
            idempotencyKey: keeper.keyFor(data),
          })
          .then((result) => {
            keeper.reset()
            void message.success(options.doneMessage)
            options.onDone(result)
          })
          // Shown on the form; the confirmation closes.
          .catch(problem.handle),
    })
  }
  return { submit, problem: problem.problem, submitting: options.mutation.isPending }
}
