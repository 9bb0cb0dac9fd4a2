import type { THousehold } from '@cr/shared/households/household'
import { incomeSourceLabels, type TSubsidyCase } from '@cr/shared/subsidies/subsidy-case'
import { formatYuan } from '@cr/shared/party/money'

export type TIncomeSource = keyof typeof incomeSourceLabels
export const incomeSources = Object.keys(incomeSourceLabels) as TIncomeSource[]

/** A row of the income table as typed: yuan as text ('1,200.50'), blank for none. */
export type TMemberValues = {
  residentId: string
  name: string
  covered: boolean
  income: Record<TIncomeSource, string>
}

const noIncome = (): Record<TIncomeSource, string> =>
  Object.fromEntries(incomeSources.map((s) => [s, ''])) as Record<TIncomeSource, string>

/**
 * The household's current members, the head first, all covered, no income yet. The people
 * living together are the registry's household (以房管人): someone who lives elsewhere is moved
 * out there, not left out here.
 */
export const membersOfHousehold = (household: THousehold): TMemberValues[] =>
  household.members.map((m) => ({
    residentId: m.resident.id,
    name: m.resident.name,
    covered: true,
    income: noIncome(),
  }))

/**
 * The household's members as a review starts from them: the incomes and coverage the case
 * recorded, and anyone who joined since covered with no income yet.
 */
export const membersOfCase = (c: TSubsidyCase, household: THousehold): TMemberValues[] =>
  membersOfHousehold(household).map((row) => {
    const recorded = c.members.find((m) => m.resident.id === row.residentId)
    return recorded
      ? {
          ...row,
          covered: recorded.covered,
          income: Object.fromEntries(
            incomeSources.map((s) => [
              s,
              recorded.incomeFen[s] ? formatYuan(recorded.incomeFen[s]) : '',
            ]),
          ) as Record<TIncomeSource, string>,
        }
      : row
  })

/** The members as the API takes them (yuan as typed; a blank income is left out: 0). */
export const membersInput = (rows: readonly TMemberValues[]) =>
  rows.map((m) => ({
    residentId: m.residentId,
    covered: m.covered,
    income: Object.fromEntries(
      incomeSources.filter((s) => m.income[s].trim()).map((s) => [s, m.income[s].trim()]),
    ),
  }))
