import type { TAssistanceSearch } from '../utils/assistance-search'

/** Query keys of 临时救助: its cases and the petty fund (a payment changes both). */
export const assistanceKeys = {
  all: ['assistance'] as const,
  list: (search: TAssistanceSearch) => ['assistance', 'cases', search] as const,
  fund: ['assistance', 'fund'] as const,
}
