import { isErrorCode } from '@cr/shared/common/error-messages'
import { errorCodeOfMessage } from '@cr/shared/common/issue'
import { type z } from 'zod'
import { problemMessage, type TProblemCode } from './import-messages.ts'

/**
 * One problem in one row, as the dry-run report lists it and the error column of the downloaded
 * sheet repeats it: the sheet's own row number, the column as the clerk sees it (header text and
 * letter), the offending value (ID numbers masked), a stable code and a Chinese message.
 */
export type TImportProblem = {
  rowNumber: number
  /** Null for a problem of the row as a whole, or of a field whose column is not in the sheet. */
  column: { letter: string; header: string } | null
  /** The field key, for the UI to highlight the mapping. */
  field: string | null
  value: string | null
  code: TProblemCode
  message: string
  /** A warning does not refuse the row (see `TBuildResult`); absent: an error. */
  severity?: 'warning'
}

export const problem = (
  rowNumber: number,
  code: TProblemCode,
  at: { column: TImportProblem['column']; field: string | null; value: string | null },
  message: string = problemMessage(code),
): TImportProblem => ({ rowNumber, ...at, code, message })

/**
 * The stable code of a zod issue from our shared schemas: the `params.code` our refinements
 * carry, else the code behind a shared Chinese message, else one derived from zod's own issue
 * kind (a blank required field, an over-long text, a value outside an enum).
 */
export const issueCode = (issue: z.core.$ZodIssue): TProblemCode => {
  const fromParams = (issue as { params?: { code?: unknown } }).params?.code
  if (isErrorCode(fromParams)) return fromParams
  const fromMessage = errorCodeOfMessage(issue.message)
  if (fromMessage) return fromMessage
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined || issue.input === null ? 'required' : 'value_invalid'
    case 'too_small':
      return issue.origin === 'string' ? 'required' : 'value_invalid'
    case 'too_big':
      return issue.origin === 'string' ? 'text_too_long' : 'value_invalid'
    case 'invalid_value':
      return 'code_unknown'
    default:
      return 'value_invalid'
  }
}

/** The message to show: ours for our codes; zod's text is English and never reaches a clerk. */
export const issueMessage = (code: TProblemCode): string => problemMessage(code)
