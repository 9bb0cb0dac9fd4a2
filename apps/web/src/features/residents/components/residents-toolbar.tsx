import { Button, Space, Tag } from 'antd'
import { residentStatusLabels, type TResidentStatus } from '@cr/shared/residents/life-event'
import { populationCategoryLabels, residentTagLabels } from '@cr/shared/residents/resident-codes'
import { useTranslation } from 'react-i18next'
import { CommitteeFilter } from '@/components/committee-select/committee-filter'
import { LabelSelect } from '@/components/ui/label-select'
import { BuildingSelect } from '@/features/places/components/building-select'
import {
  ageBands,
  householdStates,
  sexFilterLabels,
  type TResidentsSearch,
} from '../utils/resident-list-search'
import { ResidentSearchInput } from './resident-search-input'

/** 状态: a status, or 全部; cleared, the current population (在册, the API's default). */
const statusFilterLabels: Record<TResidentStatus | 'all', { zh: string; en: string }> = {
  ...residentStatusLabels,
  all: { zh: '全部状态', en: 'Any status' },
}

type TProps = {
  search: TResidentsSearch
  onSearchChange: (next: TResidentsSearch) => void
  onIdNumber: (idNumber: string | null) => void
  filtered: boolean
  onReset: () => void
  /** Changes when the filters are reset, so the search box starts empty again. */
  generation: number
}

export const ResidentsToolbar = ({
  search,
  onSearchChange,
  onIdNumber,
  filtered,
  onReset,
  generation,
}: TProps) => {
  const { t } = useTranslation(['residents', 'common'])
  return (
    <Space wrap style={{ marginBottom: 12 }}>
      {search.importId && (
        <Tag closable onClose={() => onSearchChange({ ...search, importId: undefined })}>
          {t('fromImport')}
        </Tag>
      )}
      <ResidentSearchInput
        key={generation}
        value={search.q}
        onChange={(q) => onSearchChange({ ...search, q })}
        onIdNumber={onIdNumber}
      />
      <CommitteeFilter
        label={t('committeeFilter')}
        value={search.committeeId}
        onChange={(committeeId) => onSearchChange({ ...search, committeeId })}
      />
      <LabelSelect
        aria-label={t('categoryFilter')}
        placeholder={t('allCategories')}
        allowClear
        style={{ width: 140 }}
        labels={populationCategoryLabels}
        value={search.category}
        onChange={(category) => onSearchChange({ ...search, category })}
      />
      <LabelSelect
        aria-label={t('tagFilter')}
        placeholder={t('allTags')}
        allowClear
        style={{ width: 130 }}
        labels={residentTagLabels}
        value={search.tag}
        onChange={(tag) => onSearchChange({ ...search, tag })}
      />
      <LabelSelect
        aria-label={t('statusFilter')}
        placeholder={t('statusDefault')}
        allowClear
        style={{ width: 130 }}
        labels={statusFilterLabels}
        value={search.status}
        onChange={(status) => onSearchChange({ ...search, status })}
      />
      <LabelSelect
        aria-label={t('sexFilter')}
        placeholder={t('allSexes')}
        allowClear
        style={{ width: 100 }}
        labels={sexFilterLabels}
        value={search.sex}
        onChange={(sex) => onSearchChange({ ...search, sex })}
      />
      <LabelSelect
        aria-label={t('ageFilter')}
        placeholder={t('allAges')}
        allowClear
        style={{ width: 170 }}
        labels={ageBands}
        value={search.age}
        onChange={(age) => onSearchChange({ ...search, age })}
      />
      <LabelSelect
        aria-label={t('householdFilter')}
        placeholder={t('anyHousehold')}
        allowClear
        style={{ width: 120 }}
        labels={householdStates}
        value={search.household}
        onChange={(household) => onSearchChange({ ...search, household })}
      />
      <BuildingSelect
        aria-label={t('buildingFilter')}
        allowClear
        style={{ width: 220 }}
        value={search.buildingId}
        onChange={(buildingId) => onSearchChange({ ...search, buildingId })}
      />
      {filtered && (
        <Button type="link" onClick={onReset}>
          {t('common:actions.reset')}
        </Button>
      )}
    </Space>
  )
}
