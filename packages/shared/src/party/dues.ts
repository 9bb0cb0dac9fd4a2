import { z } from 'zod'
import { messageFor } from '../common/issue.ts'
import { divideRoundingHalfUp, formatYuan, parseYuan } from './money.ts'
import { type TDuesCategory, duesCategoryLabels } from './party-codes.ts'
import { type TRuleResult, ok, refuse } from './rule-result.ts'

/**
 * The monthly dues standard (党费标准) of one member, from 《关于中国共产党党费收缴、使用和管理的
 * 规定》 as quoted in DOMAIN.md §1 ("Dues (党费) calculation"):
 *
 * - employed (在职): of the regular monthly after-tax pay, ≤3000 元 0.5%, ≤5000 元 1%,
 *   ≤10000 元 1.5%, above 10000 元 2%. The band decides the rate of the WHOLE income (not
 *   progressive slices): 5000 元 pays 50.00 元, 5000.01 元 pays 75.00 元.
 * - retired (离退休): ≤5000 元 0.5%, above 1%, of the monthly retirement pay.
 * - self_employed (个体经营者): last quarter's monthly average net income, employed bands.
 * - farmer (农民): 0.2 to 1 元 a month, as the branch sets it.
 * - student, unemployed (下岗失业), subsistence (低保), relief (抚恤/救济): 0.2 元 a month.
 * - exempt: 少交/免交 on application and approval — the approved amount, 0 or more.
 *
 * Money is in 分 (money.ts); a percentage is rounded half up to 1 分. The lowest standard of
 * the rules is 0.2 元: a percentage below it (income under 40 元) is raised to 0.2 元 — our
 * reading [U], since no category pays less except by an approved 免交 / 少交.
 * 年薪制 members pay on the month's actual pay: pass that month's pay as `incomeFen`.
 */

export const minimumDuesFen = 20
export const farmerMaximumFen = 100

type TBand = { readonly upToFen: number | null; readonly basisPoints: number }

/** Basis points of a percent: 50 = 0.5%. `upToFen` is inclusive. */
export const employedBands: readonly TBand[] = [
  { upToFen: 300_000, basisPoints: 50 },
  { upToFen: 500_000, basisPoints: 100 },
  { upToFen: 1_000_000, basisPoints: 150 },
  { upToFen: null, basisPoints: 200 },
]
export const retiredBands: readonly TBand[] = [
  { upToFen: 500_000, basisPoints: 50 },
  { upToFen: null, basisPoints: 100 },
]

type TIncomeCategory = 'employed' | 'retired' | 'self_employed'
type TFixedCategory = 'student' | 'unemployed' | 'subsistence' | 'relief'

export type TDuesInput =
  | { category: TIncomeCategory; incomeFen: number }
  | { category: TFixedCategory }
  | { category: 'farmer' | 'exempt'; amountFen: number }

export type TDuesRule =
  | {
      kind: 'percentage'
      incomeFen: number
      basisPoints: number
      /** The inclusive upper edge of the band applied; null for the top band. */
      bandUpToFen: number | null
      raisedToMinimum: boolean
    }
  | { kind: 'fixed' }
  | { kind: 'set' }

export type TDuesStandard = {
  category: TDuesCategory
  amountFen: number
  rule: TDuesRule
  /** The rule as applied, for display: `按税后收入 4,800 元 × 1%`. */
  description: { zh: string; en: string }
}

export type TDuesError = 'party_dues_amount_invalid' | 'party_dues_farmer_range'

const bandFor = (bands: readonly TBand[], incomeFen: number): TBand =>
  bands.find((b) => b.upToFen === null || incomeFen <= b.upToFen)!

const percent = (basisPoints: number) => `${basisPoints / 100}%`

const incomeBasis: Record<TIncomeCategory, { zh: string; en: string }> = {
  employed: { zh: '按税后收入', en: 'after-tax income' },
  retired: { zh: '按离退休费', en: 'retirement pay' },
  self_employed: { zh: '按上季度月平均纯收入', en: 'last quarter’s average monthly net income' },
}

const isAmount = (fen: number) => Number.isSafeInteger(fen) && fen >= 0

export const duesStandard = (input: TDuesInput): TRuleResult<TDuesStandard, TDuesError> => {
  const { category } = input
  switch (category) {
    case 'employed':
    case 'retired':
    case 'self_employed': {
      const { incomeFen } = input
      if (!isAmount(incomeFen)) return refuse('party_dues_amount_invalid')
      const band = bandFor(category === 'retired' ? retiredBands : employedBands, incomeFen)
      const computed = divideRoundingHalfUp(incomeFen * band.basisPoints, 10_000)
      const raisedToMinimum = computed < minimumDuesFen
      const basis = incomeBasis[category]
      const income = formatYuan(incomeFen, { compact: true })
      return ok({
        category,
        amountFen: raisedToMinimum ? minimumDuesFen : computed,
        rule: {
          kind: 'percentage',
          incomeFen,
          basisPoints: band.basisPoints,
          bandUpToFen: band.upToFen,
          raisedToMinimum,
        },
        description: {
          zh: `${basis.zh} ${income} 元 × ${percent(band.basisPoints)}${raisedToMinimum ? '，不足 0.2 元按 0.2 元' : ''}`,
          en: `${percent(band.basisPoints)} of ${basis.en} ${income} yuan${raisedToMinimum ? ', raised to the 0.20 yuan minimum' : ''}`,
        },
      })
    }
    case 'student':
    case 'unemployed':
    case 'subsistence':
    case 'relief':
      return ok({
        category,
        amountFen: minimumDuesFen,
        rule: { kind: 'fixed' },
        description: {
          zh: `${duesCategoryLabels[category].zh}党员每月 0.2 元`,
          en: `${duesCategoryLabels[category].en}: 0.20 yuan a month`,
        },
      })
    case 'farmer': {
      const { amountFen } = input
      if (!isAmount(amountFen)) return refuse('party_dues_amount_invalid')
      if (amountFen < minimumDuesFen || amountFen > farmerMaximumFen)
        return refuse('party_dues_farmer_range')
      return ok({
        category,
        amountFen,
        rule: { kind: 'set' },
        description: {
          zh: `农民党员每月 ${formatYuan(amountFen)} 元（0.2 至 1 元）`,
          en: `Farmer: ${formatYuan(amountFen)} yuan a month (0.20 to 1.00)`,
        },
      })
    }
    case 'exempt': {
      const { amountFen } = input
      if (!isAmount(amountFen)) return refuse('party_dues_amount_invalid')
      return ok({
        category,
        amountFen,
        rule: { kind: 'set' },
        description:
          amountFen === 0
            ? { zh: '经批准免交党费', en: 'Exempt on approval' }
            : {
                zh: `经批准少交，每月 ${formatYuan(amountFen)} 元`,
                en: `Reduced on approval: ${formatYuan(amountFen)} yuan a month`,
              },
      })
    }
  }
}

/** An amount in yuan as forms and ledgers send it (`'4,800.50'` or `4800.5`), read into 分. */
export const ZYuanAmount = z.union([z.string(), z.number()]).transform((value, ctx) => {
  const parsed = parseYuan(value)
  if (parsed.ok) return parsed.value
  ctx.addIssue({
    code: 'custom',
    message: messageFor(parsed.error),
    params: { code: parsed.error },
  })
  return z.NEVER
})

/** The input of `duesStandard` with amounts in yuan; the output has them in 分. */
export const ZDuesStandardInput = z
  .discriminatedUnion('category', [
    z.object({
      category: z.enum(['employed', 'retired', 'self_employed']),
      income: ZYuanAmount.describe(
        'Monthly income in yuan (after tax; 个体: last quarter’s average)',
      ),
    }),
    z.object({ category: z.enum(['student', 'unemployed', 'subsistence', 'relief']) }),
    z.object({
      category: z.enum(['farmer', 'exempt']),
      amount: ZYuanAmount.describe('The monthly amount set (农民 0.2–1) or approved (减免)'),
    }),
  ])
  .transform((input): TDuesInput => {
    if ('income' in input) return { category: input.category, incomeFen: input.income }
    if ('amount' in input) return { category: input.category, amountFen: input.amount }
    return input
  })
  .meta({ id: 'PartyDuesStandardInput' })
