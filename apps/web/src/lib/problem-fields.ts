import type { TFieldError } from '@cr/shared/common/problem'

export type TFieldProblem = { field: string; message: string }
export type TProblemMapping = {
  /** Problems that belong to one of the form's fields. */
  fieldErrors: TFieldProblem[]
  /** Problems no field of the form can show (query parameters, headers, unknown paths). */
  otherErrors: TFieldError[]
}

/**
 * Sorts a problem's `errors[]` onto the fields of a form. Body paths are bare (`name`,
 * `committeeIds.0`); an item of an array field is shown on the array field itself. Query paths
 * (`query.…`) and paths the form does not have go to the form-level alert. The first message
 * per field wins, matching how the form shows one message per field.
 */
export const mapProblemToFields = (
  errors: readonly TFieldError[],
  fields: readonly string[],
): TProblemMapping => {
  const known = new Set(fields)
  const fieldErrors: TFieldProblem[] = []
  const otherErrors: TFieldError[] = []
  const taken = new Set<string>()
  for (const error of errors) {
    const field = resolveField(error.path, known)
    if (field === null) {
      otherErrors.push(error)
      continue
    }
    if (taken.has(field)) continue
    taken.add(field)
    fieldErrors.push({ field, message: error.message })
  }
  return { fieldErrors, otherErrors }
}

const resolveField = (path: string, known: ReadonlySet<string>): string | null => {
  if (path.startsWith('query.') || path.startsWith('headers.')) return null
  if (known.has(path)) return path
  // `committeeIds.0` → `committeeIds`; `address.street` → `address` when only the parent exists.
  const segments = path.split('.')
  for (let end = segments.length - 1; end > 0; end -= 1) {
    const candidate = segments.slice(0, end).join('.')
    if (known.has(candidate)) return candidate
  }
  return null
}
