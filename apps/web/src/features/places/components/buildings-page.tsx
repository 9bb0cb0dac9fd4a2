import type { TBuilding } from '@cr/shared/places/building'
import { useTranslation } from 'react-i18next'
import { CommitteeFilter } from '@/components/committee-select/committee-filter'
import { ExportButton, listExportHref } from '@/components/ui/export-button'
import { ListEmpty } from '@/components/ui/list-empty'
import { ListToolbar } from '@/components/ui/list-toolbar'
import { PageHeader } from '@/components/ui/page-header'
import { RecordList } from '@/components/ui/record-list'
import { SearchInput } from '@/components/ui/search-input'
import { searchPaging, sortParamFrom } from '@/lib/search-params'
import { useBuildings } from '../api/get-buildings'
import {
  buildingSorts,
  defaultBuildingSort,
  toBuildingListQuery,
  type TBuildingsSearch,
} from '../utils/building-search'
import { buildBuildingColumns } from './building-columns'

type TProps = { search: TBuildingsSearch; onSearchChange: (next: TBuildingsSearch) => void }

/** 楼栋台账: every building in scope as a ledger; a building is opened in the places tree. */
export const BuildingsPage = ({ search, onSearchChange }: TProps) => {
  const { t } = useTranslation(['places', 'common'])
  const query = useBuildings(search)
  const filtered = Boolean(search.q || search.committeeId)
  const reset = () => onSearchChange({ sort: search.sort, size: search.size })
  return (
    <>
      <PageHeader
        title={t('lists.buildingsTitle')}
        description={t('lists.buildingsDescription')}
        actions={
          <ExportButton
            files={[
              { key: 'buildings', href: listExportHref('buildings', toBuildingListQuery(search)) },
            ]}
            menuLabel={t('lists.buildingsExportMenu')}
          />
        }
      />
      <ListToolbar filtered={filtered} onReset={reset}>
        <SearchInput
          label={t('lists.buildingsSearchLabel')}
          placeholder={t('lists.buildingsSearchPlaceholder')}
          value={search.q}
          onChange={(q) => onSearchChange({ ...search, q })}
        />
        <CommitteeFilter
          label={t('lists.committeeFilter')}
          value={search.committeeId}
          onChange={(committeeId) => onSearchChange({ ...search, committeeId })}
        />
      </ListToolbar>
      <RecordList<TBuilding>
        caption={t('lists.buildingsCaption')}
        query={query}
        items={query.data?.items ?? []}
        paging={searchPaging(search, query.data?.total, onSearchChange)}
        columns={buildBuildingColumns(t, search.sort)}
        onSort={(key, order) =>
          onSearchChange({
            ...search,
            sort: sortParamFrom(key, order, buildingSorts, defaultBuildingSort),
          })
        }
        empty={
          <ListEmpty
            filtered={filtered}
            onClearFilters={reset}
            emptyTitle={t('lists.buildingsEmpty')}
            emptyHint={t('lists.buildingsEmptyHint')}
          />
        }
      />
    </>
  )
}
