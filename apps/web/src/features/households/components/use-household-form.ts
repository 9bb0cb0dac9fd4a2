import { App } from 'antd'
import type { THousehold } from '@cr/shared/households/household'
import type { UseMutationResult } from '@tanstack/react-query'
import type { FieldValues, Path, UseFormSetError } from 'react-hook-form'
import { useFormProblem } from '@/components/ui/form/use-form-problem'
import { useIdempotencyKey } from '@/hooks/use-idempotency-key'
import type { THouseholdActionInput } from '../api/household-action'

type TOptions<TValues extends FieldValues, TData> = {
  householdId: string
  mutation: UseMutationResult<THousehold, Error, THouseholdActionInput<TData>>
  setError: UseFormSetError<TValues>
  fields: readonly Path<TValues>[]
  doneMessage: string
  onDone: () => void
}

/** What every household step's form does: one key per submission, problems onto fields. */
export const useHouseholdForm = <TValues extends FieldValues, TData>(
  options: TOptions<TValues, TData>,
) => {
  const { message } = App.useApp()
  const keeper = useIdempotencyKey()
  const problem = useFormProblem(options.setError, options.fields)
  const submit = (data: TData) => {
    problem.clear()
    options.mutation.mutate(
      { id: options.householdId, data, idempotencyKey: keeper.keyFor(data) },
      {
        onSuccess: () => {
          keeper.reset()
          void message.success(options.doneMessage)
          options.onDone()
        },
        onError: problem.handle,
      },
    )
  }
  return { submit, problem: problem.problem, submitting: options.mutation.isPending }
}
