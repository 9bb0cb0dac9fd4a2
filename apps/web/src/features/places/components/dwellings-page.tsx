import { dwellingUseLabels, type TDwelling } from '@cr/shared/places/dwelling'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { CommitteeFilter } from '@/components/committee-select/committee-filter'
import { ExportButton, listExportHref } from '@/components/ui/export-button'
import { LabelSelect } from '@/components/ui/label-select'
import { ListEmpty } from '@/components/ui/list-empty'
import { ListToolbar } from '@/components/ui/list-toolbar'
import { PageHeader } from '@/components/ui/page-header'
import { RecordList } from '@/components/ui/record-list'
import { SearchInput } from '@/components/ui/search-input'
import { useCan } from '@/lib/auth'
import { searchPaging, sortParamFrom } from '@/lib/search-params'
import { useDwellings } from '../api/get-dwellings'
import {
  defaultDwellingSort,
  dwellingSorts,
  toDwellingListQuery,
  type TDwellingsSearch,
} from '../utils/dwelling-search'
import { BuildingSelect } from './building-select'
import { buildDwellingColumns } from './dwelling-columns'
import { RegisterHouseholdModal } from './register-household-modal'

type TProps = { search: TDwellingsSearch; onSearchChange: (next: TDwellingsSearch) => void }

/**
 * 房屋台账: every dwelling in scope as a ledger, by committee, building and use; a row's
 * 登记住户 registers a household there in one dialog.
 */
export const DwellingsPage = ({ search, onSearchChange }: TProps) => {
  const { t, i18n } = useTranslation(['places', 'common'])
  const canWrite = useCan('registry:write')
  const [registering, setRegistering] = useState<TDwelling | null>(null)
  const query = useDwellings(search)
  const filtered = Boolean(search.q || search.committeeId || search.buildingId || search.use)
  const reset = () => onSearchChange({ sort: search.sort, size: search.size })
  return (
    <>
      <PageHeader
        title={t('lists.dwellingsTitle')}
        description={t('lists.dwellingsDescription')}
        actions={
          <ExportButton
            files={[
              { key: 'dwellings', href: listExportHref('dwellings', toDwellingListQuery(search)) },
            ]}
            menuLabel={t('lists.dwellingsExportMenu')}
          />
        }
      />
      <ListToolbar filtered={filtered} onReset={reset}>
        <SearchInput
          label={t('lists.dwellingsSearchLabel')}
          placeholder={t('lists.dwellingsSearchPlaceholder')}
          value={search.q}
          onChange={(q) => onSearchChange({ ...search, q })}
        />
        <CommitteeFilter
          label={t('lists.committeeFilter')}
          value={search.committeeId}
          onChange={(committeeId) => onSearchChange({ ...search, committeeId })}
        />
        <BuildingSelect
          aria-label={t('lists.buildingFilter')}
          allowClear
          style={{ width: 240 }}
          value={search.buildingId}
          onChange={(buildingId) => onSearchChange({ ...search, buildingId })}
        />
        <LabelSelect
          aria-label={t('lists.useFilter')}
          placeholder={t('lists.allUses')}
          allowClear
          style={{ width: 130 }}
          labels={dwellingUseLabels}
          value={search.use}
          onChange={(use) => onSearchChange({ ...search, use })}
        />
      </ListToolbar>
      <RecordList<TDwelling>
        caption={t('lists.dwellingsCaption')}
        query={query}
        items={query.data?.items ?? []}
        paging={searchPaging(search, query.data?.total, onSearchChange)}
        columns={buildDwellingColumns({
          t,
          language: i18n.language,
          sort: search.sort,
          onRegister: canWrite ? setRegistering : undefined,
        })}
        onSort={(key, order) =>
          onSearchChange({
            ...search,
            sort: sortParamFrom(key, order, dwellingSorts, defaultDwellingSort),
          })
        }
        empty={
          <ListEmpty
            filtered={filtered}
            onClearFilters={reset}
            emptyTitle={t('lists.dwellingsEmpty')}
            emptyHint={t('lists.dwellingsEmptyHint')}
          />
        }
      />
      <RegisterHouseholdModal dwelling={registering} onClose={() => setRegistering(null)} />
    </>
  )
}
