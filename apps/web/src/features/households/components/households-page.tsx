import type { THousehold } from '@cr/shared/households/household'
import { useTranslation } from 'react-i18next'
import { CommitteeFilter } from '@/components/committee-select/committee-filter'
import { ExportButton, listExportHref } from '@/components/ui/export-button'
import { ListEmpty } from '@/components/ui/list-empty'
import { ListToolbar } from '@/components/ui/list-toolbar'
import { PageHeader } from '@/components/ui/page-header'
import { RecordList } from '@/components/ui/record-list'
import { SearchInput } from '@/components/ui/search-input'
import { BuildingSelect } from '@/features/places/components/building-select'
import { searchPaging, sortParamFrom } from '@/lib/search-params'
import { useHouseholds } from '../api/get-households'
import {
  defaultHouseholdSort,
  householdSorts,
  toHouseholdListQuery,
  type THouseholdsSearch,
} from '../utils/household-search'
import { buildHouseholdColumns } from './household-columns'

type TProps = { search: THouseholdsSearch; onSearchChange: (next: THouseholdsSearch) => void }

/**
 * 住户: every household in scope as a ledger — search by address or member, filter by committee
 * and building, page by number, export; a household is registered from its dwelling (房屋).
 */
export const HouseholdsPage = ({ search, onSearchChange }: TProps) => {
  const { t } = useTranslation(['households', 'common'])
  const query = useHouseholds(search)
  const filtered = Boolean(search.q || search.committeeId || search.buildingId)
  const reset = () => onSearchChange({ sort: search.sort, size: search.size })
  return (
    <>
      <PageHeader
        title={t('list.title')}
        description={t('list.description')}
        actions={
          <ExportButton
            files={[
              {
                key: 'households',
                href: listExportHref('households', toHouseholdListQuery(search)),
              },
            ]}
            menuLabel={t('list.exportMenu')}
          />
        }
      />
      <ListToolbar filtered={filtered} onReset={reset}>
        <SearchInput
          label={t('list.searchLabel')}
          placeholder={t('list.searchPlaceholder')}
          value={search.q}
          onChange={(q) => onSearchChange({ ...search, q })}
        />
        <CommitteeFilter
          label={t('list.committeeFilter')}
          value={search.committeeId}
          onChange={(committeeId) => onSearchChange({ ...search, committeeId })}
        />
        <BuildingSelect
          aria-label={t('list.buildingFilter')}
          allowClear
          style={{ width: 240 }}
          value={search.buildingId}
          onChange={(buildingId) => onSearchChange({ ...search, buildingId })}
        />
      </ListToolbar>
      <RecordList<THousehold>
        caption={t('list.tableCaption')}
        query={query}
        items={query.data?.items ?? []}
        paging={searchPaging(search, query.data?.total, onSearchChange)}
        columns={buildHouseholdColumns(t, search.sort)}
        onSort={(key, order) =>
          onSearchChange({
            ...search,
            sort: sortParamFrom(key, order, householdSorts, defaultHouseholdSort),
          })
        }
        empty={
          <ListEmpty
            filtered={filtered}
            onClearFilters={reset}
            emptyTitle={t('list.emptyTitle')}
            emptyHint={t('list.emptyHint')}
          />
        }
      />
    </>
  )
}
