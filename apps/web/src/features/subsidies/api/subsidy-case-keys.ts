import { recordRoots } from '@/lib/record-keys'
import type { TSubsidyCasesSearch } from '../utils/subsidy-case-search'

/**
 * Query keys of 低保案件 under one root: a step changes the case, its list rows and the cards on
 * the household's and residents' pages, so every write invalidates `all`.
 */
export const subsidyCaseKeys = {
  all: recordRoots.subsidyCases,
  list: (search: TSubsidyCasesSearch) => [...subsidyCaseKeys.all, 'list', search] as const,
  detail: (id: string) => [...subsidyCaseKeys.all, 'detail', id] as const,
  publicNotice: (committeeId: string | undefined) =>
    [...subsidyCaseKeys.all, 'public-notice', committeeId ?? 'all'] as const,
  household: (id: string) => [...subsidyCaseKeys.all, 'household', id] as const,
}
