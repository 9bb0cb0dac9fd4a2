import { z } from 'zod'
import { errorMessages } from '../common/error-messages.ts'
import { parseIdNumber } from './id-number.ts'

/**
 * An ID-number field: normalised to the canonical 18 characters, refused with a stable code
 * (`id_number_check_digit`, …) and a Chinese message. The same field serves the API, the forms
 * and the importer.
 */
export const ZIdNumber = z.string().transform((raw, ctx) => {
  const result = parseIdNumber(raw)
  if (result.ok) return result.id.value
  ctx.addIssue({
    code: 'custom',
    message: errorMessages[result.error].zh,
    params: { code: result.error },
  })
  return z.NEVER
})
