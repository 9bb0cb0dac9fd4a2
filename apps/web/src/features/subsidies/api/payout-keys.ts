import { recordRoots } from '@/lib/record-keys'

/**
 * Query keys of the 发放花名册 and the 低保标准. A case's step changes what a roll would hold,
 * so the case pages invalidate `subsidyPayoutKeys.all` (the `subsidies` root) too.
 */
export const subsidyPayoutKeys = {
  all: recordRoots.subsidyCases,
  summary: (month: string) => [...subsidyPayoutKeys.all, 'payout-summary', month] as const,
  payout: (id: string) => [...subsidyPayoutKeys.all, 'payout', id] as const,
  standards: () => [...subsidyPayoutKeys.all, 'standards'] as const,
  reviewsDue: (until: string) => [...subsidyPayoutKeys.all, 'reviews-due', until] as const,
}
