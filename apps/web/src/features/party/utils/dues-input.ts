import {
  duesStandard,
  type TDuesError,
  type TDuesInput,
  type TDuesStandard,
} from '@cr/shared/party/dues'
import { parseYuan } from '@cr/shared/party/money'
import type { TDuesCategory } from '@cr/shared/party/party-codes'

export const incomeCategories = ['employed', 'retired', 'self_employed'] as const
export const amountCategories = ['farmer', 'exempt'] as const
type TIncomeCategory = (typeof incomeCategories)[number]
type TAmountCategory = (typeof amountCategories)[number]

export const isIncomeCategory = (c: TDuesCategory | undefined): c is TIncomeCategory =>
  (incomeCategories as readonly string[]).includes(c ?? '')
export const isAmountCategory = (c: TDuesCategory | undefined): c is TAmountCategory =>
  (amountCategories as readonly string[]).includes(c ?? '')

/** The dues part of the member form, as typed: yuan as text, only the one that applies used. */
export type TDuesFormValues = {
  category: TDuesCategory | undefined
  income: string
  amount: string
}

/** What the API takes (`ZDuesStandardInput`, yuan as typed). */
export type TDuesApiInput =
  | { category: TIncomeCategory; income: string }
  | { category: TAmountCategory; amount: string }
  | { category: Exclude<TDuesCategory, TIncomeCategory | TAmountCategory> }

export type TDuesCheck =
  | { ok: true; input: TDuesApiInput; standard: TDuesStandard }
  /** `field` is the form field the problem belongs to; `error` null while it is still blank. */
  | { ok: false; field: 'income' | 'amount' | 'category'; error: TDuesError | null }

/**
 * Reads the dues fields and computes the standard with the shared rule, so the form shows the
 * same amount the server will store (and refuses what the server would refuse).
 */
export const checkDues = (values: TDuesFormValues): TDuesCheck => {
  const { category } = values
  if (!category) return { ok: false, field: 'category', error: null }
  let rule: TDuesInput
  let input: TDuesApiInput
  if (isIncomeCategory(category) || isAmountCategory(category)) {
    const field = isIncomeCategory(category) ? 'income' : 'amount'
    const text = values[field].trim()
    if (!text) return { ok: false, field, error: null }
    const fen = parseYuan(text)
    if (!fen.ok) return { ok: false, field, error: fen.error }
    if (isIncomeCategory(category)) {
      rule = { category, incomeFen: fen.value }
      input = { category, income: text }
    } else {
      rule = { category, amountFen: fen.value }
      input = { category, amount: text }
    }
  } else {
    rule = { category }
    input = { category }
  }
  const standard = duesStandard(rule)
  if (!standard.ok)
    return {
      ok: false,
      field: isIncomeCategory(category) ? 'income' : 'amount',
      error: standard.error,
    }
  return { ok: true, input, standard: standard.value }
}
