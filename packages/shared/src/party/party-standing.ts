import { z } from 'zod'
import { messageFor } from '../common/issue.ts'
import { ZDateInput } from '../common/record.ts'
import { addYears, wholeYearsBetween } from './calendar.ts'
import { dueFullMembershipDate } from './probation.ts'
import { type TRuleResult, ok, refuse } from './rule-result.ts'

/**
 * 党龄 (party standing), DOMAIN.md §1 "党龄": counted from the 转正 date, not from 入党; after an
 * extended probation from the later 转正 date; after 重新入党 from the new 转正 date. 党章第七条:
 * "党员的党龄，从预备期满转为正式党员之日算起". A 预备党员 has no 党龄.
 */

/**
 * A member's stage dates. `joinedOn` is 入党 (the 支部大会 accepts the member as 预备党员);
 * `fullMembershipOn` is 转正 (null while on probation); `probationExtendedMonths` is the one
 * extension (6 to 12 months) if the probation was extended. For a member who re-joined
 * (重新入党), these are the dates of the new membership: the earlier one does not count.
 */
export type TPartyStages = {
  joinedOn: string
  fullMembershipOn: string | null
  probationExtendedMonths?: number | null
}

/**
 * Checks that the dates fit the rules: an extension is 6 to 12 months, and 转正 is not before
 * the probation's end (入党 + 1 year + extension). A later 转正 date is accepted — older records
 * and 党龄 corrections carry them, and the record is what 党龄 counts from.
 */
export const checkPartyStages = (
  stages: TPartyStages,
): TRuleResult<TPartyStages, 'party_extension_months' | 'party_full_membership_early'> => {
  const due = dueFullMembershipDate(stages.joinedOn, stages.probationExtendedMonths)
  if (!due.ok) return due
  if (stages.fullMembershipOn !== null && stages.fullMembershipOn < due.value)
    return refuse('party_full_membership_early')
  return ok(stages)
}

/**
 * Whole years of 党龄 on the day `on`: anniversaries of 转正 passed (one more on each
 * anniversary itself). Null for a 预备党员 — no 转正 date, or `on` before it.
 */
export const partyStanding = (stages: TPartyStages, on: string): number | null =>
  stages.fullMembershipOn === null || on < stages.fullMembershipOn
    ? null
    : wholeYearsBetween(stages.fullMembershipOn, on)

/**
 * The political birthday (政治生日, 入党纪念日): the next anniversary of `joinedOn` on or after
 * `on`, and which one it is (1 for the first). 29 February's falls on 28 February in other years.
 */
export const nextPoliticalBirthday = (
  joinedOn: string,
  on: string,
): { date: string; years: number } => {
  let years = Math.max(1, wholeYearsBetween(joinedOn, on))
  if (addYears(joinedOn, years) < on) years += 1
  return { date: addYears(joinedOn, years), years }
}

/** The stage dates as forms and the importer send them, checked by `checkPartyStages`. */
export const ZPartyStages = z
  .object({
    joinedOn: ZDateInput,
    fullMembershipOn: ZDateInput.nullable(),
    probationExtendedMonths: z.number().int().nullish(),
  })
  .superRefine((value, ctx) => {
    const result = checkPartyStages(value)
    if (result.ok) return
    ctx.addIssue({
      code: 'custom',
      path: [
        result.error === 'party_extension_months' ? 'probationExtendedMonths' : 'fullMembershipOn',
      ],
      message: messageFor(result.error),
      params: { code: result.error },
    })
  })
  .meta({ id: 'PartyStages' })
