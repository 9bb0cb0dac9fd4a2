import { z } from 'zod'
import { messageFor } from '../common/issue.ts'
import { parseIdNumber } from './id-number.ts'

const description =
  '公民身份号码 (GB 11643: 18 characters with the ISO 7064 check character, or a 15-digit ' +
  'number, upgraded), a HK/Macau/Taiwan residence permit or a foreigner’s permanent-residence ' +
  'ID. Full-width characters, spaces and a lower-case x are accepted; the answer holds the ' +
  'canonical 18 characters.'

/**
 * An ID-number field: normalised to the canonical 18 characters, refused with a stable code
 * (`id_number_check_digit`, …) and a Chinese message. The one definition of how an ID number
 * enters — the API (and so its OpenAPI), the forms and the importer all take it from here.
 */
export const ZIdNumber = z
  .string()
  .trim()
  .min(1)
  .max(40)
  .transform((raw, ctx) => {
    const result = parseIdNumber(raw)
    if (result.ok) return result.id.value
    ctx.addIssue({
      code: 'custom',
      message: messageFor(result.error),
      params: { code: result.error },
    })
    return z.NEVER
  })
  .describe(description)

/** An ID number that may be left blank: `''` and `null` are none (`null`). */
export const ZOptionalIdNumber = z
  .string()
  .trim()
  .max(40)
  .nullish()
  .transform((v) => v || null)
  .pipe(ZIdNumber.nullable())
  .describe(`${description} Blank or null: none.`)
