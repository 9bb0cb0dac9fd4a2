import { recordRoots } from '@/lib/record-keys'
import type { TResidentsSearch } from '../utils/resident-list-search'

/** Query keys of residents; writes invalidate `all` (lists, details, pickers). */
export const residentKeys = {
  all: recordRoots.residents,
  lists: () => [...residentKeys.all, 'list'] as const,
  list: (search: TResidentsSearch) => [...residentKeys.lists(), search] as const,
  idSearch: (idNumber: string) => [...residentKeys.all, 'id-search', idNumber] as const,
  detail: (id: string) => [...residentKeys.all, 'detail', id] as const,
  lifeEvents: (id: string) => [...residentKeys.all, 'life-events', id] as const,
}
