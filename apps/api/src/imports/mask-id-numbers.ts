import { maskIdNumber, parseIdNumber } from '@cr/shared/validators/id-number'

/**
 * 18 characters, the last maybe X, half- or full-width, not part of a longer run of digits (a
 * bank account is not an ID number because 18 of its digits happen to be).
 */
const candidates = /(?<![0-9０-９])[0-9０-９]{17}[0-9０-９XxＸｘ](?![0-9０-９])/g
/** The older foreigners' permanent-residence numbers: 3 letters and 12 digits (`USA110085062001`). */
const oldPermanentResidence = /(?<![A-Za-z0-9])[A-Za-z]{3}[0-9]{12}(?![0-9])/g

/**
 * Masks (`370521********1234`) every valid ID number inside a text. Columns mapped to the ID
 * number are masked whole by the field's `display`; this is the net for everything else that
 * leaves or is kept by the importer — a number in 备注, in a column the mapping does not know
 * (配偶身份证号), in a problem's value or message. Only numbers that pass every check are
 * masked, so other long codes stay as written.
 */
const maskValid = (token: string) => {
  const parsed = parseIdNumber(token)
  return parsed.ok ? maskIdNumber(parsed.id.value) : token
}

export const maskIdNumbersIn = (text: string): string =>
  text.length < 15
    ? text
    : text.replace(candidates, maskValid).replace(oldPermanentResidence, maskValid)
