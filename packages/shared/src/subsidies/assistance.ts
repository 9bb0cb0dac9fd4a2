import { addWorkingDays } from '../rentals/working-days.ts'

/**
 * 临时救助 (../shared/DOMAIN.md §4): a one-off case. 急难型 — a sudden disaster (fire, accident,
 * sudden serious illness) — or 支出型 — unbearable necessary spending (medical, education).
 * The ordinary procedure decides before paying; the emergency one (急难型 only) helps first,
 * paid from the petty fund (备用金), and completes the paperwork afterwards within a deadline.
 */
export const assistanceKinds = ['emergency', 'expense'] as const
export type TAssistanceKind = (typeof assistanceKinds)[number]
export const assistanceKindLabels: Record<TAssistanceKind, { zh: string; en: string }> = {
  emergency: { zh: '急难型', en: 'Sudden hardship' },
  expense: { zh: '支出型', en: 'Necessary expenses' },
}

export const assistanceProcedures = ['ordinary', 'urgent'] as const
export type TAssistanceProcedure = (typeof assistanceProcedures)[number]
export const assistanceProcedureLabels: Record<TAssistanceProcedure, { zh: string; en: string }> = {
  ordinary: { zh: '一般程序', en: 'Ordinary' },
  urgent: { zh: '紧急程序（先救助后补办）', en: 'Urgent (help first, paperwork after)' },
}

export const assistanceForms = ['cash', 'in_kind', 'referral'] as const
export type TAssistanceForm = (typeof assistanceForms)[number]
export const assistanceFormLabels: Record<TAssistanceForm, { zh: string; en: string }> = {
  cash: { zh: '现金', en: 'Cash' },
  in_kind: { zh: '实物', en: 'In kind' },
  referral: { zh: '转介', en: 'Referral' },
}

/** Only sudden hardship may skip ahead of the paperwork. */
export const procedureAllowed = (kind: TAssistanceKind, procedure: TAssistanceProcedure) =>
  procedure === 'ordinary' || kind === 'emergency'

/**
 * The most one case may receive: a number of months of the local monthly 低保 standard (a
 * setting: cities say "不低于2个月" or "不超过10倍"; we keep the ceiling).
 */
export const assistanceLimitFen = (standardFen: number, months: number) => standardFen * months

/** An urgent case's paperwork is due this many working days after the help (a setting's default). */
export const defaultUrgentPaperworkWorkingDays = 5
export const urgentPaperworkDueOn = (helpedOn: string, workingDays: number) =>
  addWorkingDays(helpedOn, workingDays)

/**
 * The petty fund's balance after its entries (deposits positive, payments negative), and whether
 * a payment fits: the fund never goes below zero.
 */
export const fundBalanceFen = (entries: readonly { fen: number }[]) =>
  entries.reduce((sum, entry) => sum + entry.fen, 0)
export const paymentFits = (balanceFen: number, paymentFen: number) =>
  paymentFen > 0 && paymentFen <= balanceFen
