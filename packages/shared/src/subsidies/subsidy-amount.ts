import { divideRoundingHalfUp } from '../party/money.ts'

/**
 * The monthly 低保 benefit of a household (补差), in 分 (integers, as all money here: see
 * `party/money.ts`):
 *
 *   人均月收入 = 家庭月收入 ÷ 共同生活的家庭成员人数, rounded half up to 1 分
 *   每人补差   = 低保标准 − 人均月收入
 *   月保障金   = 每人补差 × 保障人数 (+ a manual adjustment with a reason)
 *
 * (../shared/DOMAIN.md §4: the usual practice [U].) The per-capita income is rounded BEFORE it is
 * subtracted, as a clerk computes it by hand, so the formula shown on the case page reproduces
 * the amount exactly. A household whose per-capita income reaches the standard gets nothing
 * (`eligible: false`). The floor (保底金额, a setting: the least a covered person receives) lifts
 * a small gap to it. The manual adjustment may not take the amount below 0.
 */
export type TSubsidyAmountInput = {
  /** The local 低保标准 per person per month in force for the month (`standardFor`). */
  standardFen: number
  /** The least a covered person receives a month; 0 for no floor. */
  floorFen: number
  /** Each member living together: their monthly income from every source, in 分. */
  memberIncomesFen: readonly number[]
  /** 保障人数: may be fewer than the members (one is not covered), never more. */
  coveredPeople: number
  /** A manual adjustment (±分), recorded with a reason on the case. */
  adjustmentFen?: number
}

export type TSubsidyAmount = {
  eligible: boolean
  householdIncomeFen: number
  householdSize: number
  perCapitaIncomeFen: number
  /** 每人补差 before the floor: standard − per-capita income (negative when over the standard). */
  gapPerPersonFen: number
  /** What each covered person receives: the gap, or the floor when that is higher. */
  perPersonFen: number
  floorApplied: boolean
  /** perPersonFen × coveredPeople. */
  baseFen: number
  adjustmentFen: number
  /** The month's amount: base + adjustment, at least 0. */
  amountFen: number
}

const assertFen = (name: string, value: number) => {
  if (!Number.isSafeInteger(value) || value < 0)
    throw new RangeError(`${name} must be a whole number of 分, 0 or more: ${value}`)
}

export const subsidyAmount = (input: TSubsidyAmountInput): TSubsidyAmount => {
  const { standardFen, floorFen, memberIncomesFen, coveredPeople } = input
  const adjustmentFen = input.adjustmentFen ?? 0
  assertFen('standardFen', standardFen)
  assertFen('floorFen', floorFen)
  memberIncomesFen.forEach((income, index) => assertFen(`memberIncomesFen[${index}]`, income))
  const householdSize = memberIncomesFen.length
  if (householdSize === 0) throw new RangeError('A household has at least one member')
  if (!Number.isInteger(coveredPeople) || coveredPeople < 1 || coveredPeople > householdSize)
    throw new RangeError(`保障人数 must be 1 to the household's ${householdSize}: ${coveredPeople}`)
  if (!Number.isSafeInteger(adjustmentFen)) throw new RangeError('adjustmentFen must be whole 分')

  const householdIncomeFen = memberIncomesFen.reduce((sum, income) => sum + income, 0)
  const perCapitaIncomeFen = divideRoundingHalfUp(householdIncomeFen, householdSize)
  const gapPerPersonFen = standardFen - perCapitaIncomeFen
  const eligible = gapPerPersonFen > 0
  const floorApplied = eligible && gapPerPersonFen < floorFen
  const perPersonFen = !eligible ? 0 : floorApplied ? floorFen : gapPerPersonFen
  const baseFen = perPersonFen * coveredPeople
  return {
    eligible,
    householdIncomeFen,
    householdSize,
    perCapitaIncomeFen,
    gapPerPersonFen,
    perPersonFen,
    floorApplied,
    baseFen,
    adjustmentFen: eligible ? adjustmentFen : 0,
    amountFen: eligible ? Math.max(0, baseFen + adjustmentFen) : 0,
  }
}
