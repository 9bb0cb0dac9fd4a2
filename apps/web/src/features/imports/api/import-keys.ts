import type { TImportType } from '@cr/shared/imports/import-job'
import type { TPageSearch } from '@/lib/search-params'

/** Query keys of import jobs and saved column mappings. */
export const importKeys = {
  all: ['imports'] as const,
  lists: () => [...importKeys.all, 'list'] as const,
  list: (paging: TPageSearch) => [...importKeys.lists(), paging] as const,
  detail: (id: string) => [...importKeys.all, 'detail', id] as const,
  mappings: (type: TImportType) => [...importKeys.all, 'mappings', type] as const,
}
