import { z } from 'zod'
import { issue } from '../common/issue.ts'
import { toHalfWidth } from '../validators/phone.ts'
import { addDays, addMonths, daysBetween } from './calendar.ts'
import { type TRuleResult, ok, refuse } from './rule-result.ts'

/**
 * 组织关系介绍信 (transfer letter), DOMAIN.md §1 "Relationship transfer": 3 parts (存根 / 介绍信 /
 * 回执) with a serial number; valid for at most 3 months (组通字〔2006〕45号); the 回执 returns
 * to the sending 基层党委, which stays responsible for the member until then.
 *
 * Validity: the letter states a number of valid days. Following 民法典第二百零一条 (the day a
 * period starts from is not counted), N valid days from the issue date end on issue + N days —
 * issued 1 March with 30 days, valid through 31 March. The end may not pass the same day 3
 * months on (issued 30 November: through 28 February at most, i.e. 90 days; issued 1 March:
 * 92 days), so the limit is in months, not a fixed 90 days.
 *
 * Status on a day: `received` from the day the 回执 came back; otherwise `valid` through the
 * valid-until date and `expired` after it. A 回执 that comes back after the valid-until date
 * still closes the letter (`receivedLate` says so): the member did arrive.
 */

export const letterMaxMonths = 3

/** The most valid days a letter issued on `issuedOn` may state. */
export const maxValidDays = (issuedOn: string): number =>
  daysBetween(issuedOn, addMonths(issuedOn, letterMaxMonths))

/** The last valid day: `issuedOn` + `validDays`, refused beyond 3 months or below 1 day. */
export const letterValidUntil = (
  issuedOn: string,
  validDays: number,
): TRuleResult<string, 'party_letter_validity_limit'> =>
  Number.isInteger(validDays) && validDays >= 1 && validDays <= maxValidDays(issuedOn)
    ? ok(addDays(issuedOn, validDays))
    : refuse('party_letter_validity_limit')

export type TLetterStatus = 'valid' | 'expired' | 'received'

export type TLetterState = {
  status: TLetterStatus
  validUntil: string
  /** Days after `on` that the letter is still valid (negative once expired). */
  daysLeft: number
  receivedLate: boolean
}

export const transferLetterStatus = (
  letter: { issuedOn: string; validDays: number; receiptReturnedOn: string | null },
  on: string,
): TRuleResult<TLetterState, 'party_letter_validity_limit'> => {
  const validUntil = letterValidUntil(letter.issuedOn, letter.validDays)
  if (!validUntil.ok) return validUntil
  const returned = letter.receiptReturnedOn
  const status: TLetterStatus =
    returned !== null && returned <= on ? 'received' : on <= validUntil.value ? 'valid' : 'expired'
  return ok({
    status,
    validUntil: validUntil.value,
    daysLeft: daysBetween(on, validUntil.value),
    receivedLate: returned !== null && returned > validUntil.value,
  })
}

/**
 * A letter brought by an arriving member, as it stood on the day it reached this office
 * (`receivedOn`): `expired` when that day is after its last valid day. Such a letter is taken
 * in only with the reason for the delay, certified by the branch.
 */
export const letterOnArrival = (letter: {
  issuedOn: string
  validDays: number
  receivedOn: string
}) =>
  transferLetterStatus(
    { issuedOn: letter.issuedOn, validDays: letter.validDays, receiptReturnedOn: null },
    letter.receivedOn,
  )

/**
 * The letter's serial number. No national format exists: the printed form has a blank
 * "第 ___ 号" that each 党委 fills in its own way (e.g. `2026-015`, `组转〔2026〕15号`). So we
 * only normalise full-width characters and spaces and allow digits, letters, Chinese
 * characters, dashes and brackets, up to 32 characters — enough to catch a pasted phone number
 * or a stray sentence, without refusing any real 党委's numbering.
 */
export const ZTransferLetterSerial = z
  .string()
  .transform((v) =>
    toHalfWidth(v)
      .replace(/[\uFF21-\uFF3A\uFF41-\uFF5A]/g, (c) =>
        String.fromCharCode(c.charCodeAt(0) - 0xfee0),
      )
      .replace(/\s/g, ''),
  )
  .pipe(
    z
      .string()
      .regex(
        /^[0-9A-Za-z\u4e00-\u9fa5\-〔〕[\]()（）]{1,32}$/,
        issue('party_letter_serial_format'),
      ),
  )
  .describe('介绍信编号, e.g. 组转〔2026〕15号')
