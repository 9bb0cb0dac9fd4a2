import { useCallback, useState } from 'react'
import type { TFieldError } from '@cr/shared/common/problem'
import type { FieldValues, Path, UseFormSetError } from 'react-hook-form'
import { isProblemError } from '@/lib/problem'
import { mapProblemToFields } from '@/lib/problem-fields'

export type TFormProblem = { error: unknown; otherErrors: TFieldError[] }

/**
 * Turns a failed submission into field errors (react-hook-form `setError`) and, for whatever
 * no field can show, a form-level problem for <ProblemAlert>.
 */
export const useFormProblem = <T extends FieldValues>(
  setError: UseFormSetError<T>,
  fields: readonly Path<T>[],
) => {
  const [problem, setProblem] = useState<TFormProblem | null>(null)

  const handle = useCallback(
    (error: unknown) => {
      const errors = isProblemError(error) ? error.errors : []
      const { fieldErrors, otherErrors } = mapProblemToFields(errors, fields)
      fieldErrors.forEach(({ field, message }, index) =>
        setError(field as Path<T>, { type: 'server', message }, { shouldFocus: index === 0 }),
      )
      // Field messages say it all; anything else (412, 5xx, unknown paths) needs the alert.
      setProblem(fieldErrors.length > 0 && otherErrors.length === 0 ? null : { error, otherErrors })
    },
    [setError, fields],
  )
  const clear = useCallback(() => setProblem(null), [])
  return { problem, handle, clear }
}
