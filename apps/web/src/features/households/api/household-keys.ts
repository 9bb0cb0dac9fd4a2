import { recordRoots } from '@/lib/record-keys'
import type { THouseholdsSearch } from '../utils/household-search'

/**
 * Query keys of households. `detail` is shared with the residents' profile (same key), so a
 * move made here refreshes the members shown there.
 */
export const householdKeys = {
  all: recordRoots.households,
  list: (search: THouseholdsSearch) => [...householdKeys.all, 'list', search] as const,
  detail: (id: string) => [...householdKeys.all, 'detail', id] as const,
  history: (id: string) => [...householdKeys.all, 'history', id] as const,
  options: (text: string) => [...householdKeys.all, 'options', text] as const,
}
