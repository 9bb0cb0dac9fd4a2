import { Checkbox, Select } from 'antd'
import { rentalUseLabels } from '@cr/shared/rentals/rental-codes'
import { rentalContractStatusLabels, rentalContractStatuses } from '@cr/shared/rentals/rental-rules'
import { useTranslation } from 'react-i18next'
import { CommitteeFilter } from '@/components/committee-select/committee-filter'
import { LabelSelect } from '@/components/ui/label-select'
import { ListToolbar } from '@/components/ui/list-toolbar'
import { SearchInput } from '@/components/ui/search-input'
import { pickLabel } from '@/lib/language'
import { expiringWithinChoices, rentalsFiltered, type TRentalsSearch } from '../utils/rental-search'
import { BuildingSelect } from './building-select'

type TProps = { search: TRentalsSearch; onSearchChange: (next: TRentalsSearch) => void }

/** 地址, 居委会, 楼栋, 责任书状态, 到期时间, 用途, 超员: the rented dwellings' filters. */
export const RentalsToolbar = ({ search, onSearchChange }: TProps) => {
  const { t, i18n } = useTranslation('rentals')
  const set = (next: Partial<TRentalsSearch>) => onSearchChange({ ...search, ...next })
  return (
    <ListToolbar
      filtered={rentalsFiltered(search)}
      onReset={() => onSearchChange({ sort: search.sort, size: search.size })}
    >
      <SearchInput
        label={t('list.searchLabel')}
        placeholder={t('list.searchPlaceholder')}
        value={search.q}
        onChange={(q) => set({ q })}
      />
      <CommitteeFilter
        label={t('list.committeeFilter')}
        value={search.committeeId}
        onChange={(committeeId) => set({ committeeId })}
      />
      <BuildingSelect
        aria-label={t('list.buildingFilter')}
        placeholder={t('list.buildingPlaceholder')}
        allowClear
        style={{ width: 220 }}
        value={search.buildingId}
        onChange={(buildingId) => set({ buildingId })}
      />
      <Select
        aria-label={t('list.statusFilter')}
        placeholder={t('list.allStatuses')}
        allowClear
        style={{ width: 140 }}
        value={search.contractStatus}
        onChange={(contractStatus) => set({ contractStatus })}
        options={[
          ...rentalContractStatuses.map((s) => ({
            value: s,
            label: pickLabel(rentalContractStatusLabels[s], i18n.language),
          })),
          { value: 'none' as const, label: t('list.noContract') },
        ]}
      />
      <Select
        aria-label={t('rentalList.expiringFilter')}
        placeholder={t('rentalList.expiringAny')}
        allowClear
        style={{ width: 150 }}
        value={search.expiringWithin}
        onChange={(expiringWithin) => set({ expiringWithin })}
        options={expiringWithinChoices.map((days) => ({
          value: days,
          label: t('rentalList.expiringWithin', { days }),
        }))}
      />
      <LabelSelect
        aria-label={t('list.useFilter')}
        placeholder={t('list.allUses')}
        allowClear
        style={{ width: 120 }}
        labels={rentalUseLabels}
        value={search.use}
        onChange={(use) => set({ use })}
      />
      <Checkbox
        checked={Boolean(search.overOccupied)}
        onChange={(e) => set({ overOccupied: e.target.checked || undefined })}
      >
        {t('list.overOccupied')}
      </Checkbox>
    </ListToolbar>
  )
}
