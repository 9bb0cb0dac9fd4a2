import { Checkbox, Select } from 'antd'
import { subsidyClassificationLabels } from '@cr/shared/subsidies/subsidy-review'
import { subsidyStageLabels } from '@cr/shared/subsidies/subsidy-steps'
import { useTranslation } from 'react-i18next'
import { CommitteeFilter } from '@/components/committee-select/committee-filter'
import { LabelSelect } from '@/components/ui/label-select'
import { ListToolbar } from '@/components/ui/list-toolbar'
import { SearchInput } from '@/components/ui/search-input'
import { pickLabel } from '@/lib/language'
import {
  stageFilters,
  subsidyCasesFiltered,
  type TSubsidyCasesSearch,
} from '../utils/subsidy-case-search'

type TProps = { search: TSubsidyCasesSearch; onSearchChange: (next: TSubsidyCasesSearch) => void }

/** 姓名/低保证号, 居委会, 办理阶段, 分类, 复核逾期, 无帮扶人: the cases' filters. */
export const SubsidyCasesToolbar = ({ search, onSearchChange }: TProps) => {
  const { t, i18n } = useTranslation('subsidies')
  const set = (next: Partial<TSubsidyCasesSearch>) => onSearchChange({ ...search, ...next })
  return (
    <ListToolbar
      filtered={subsidyCasesFiltered(search)}
      onReset={() => onSearchChange({ sort: search.sort, size: search.size })}
    >
      <SearchInput
        label={t('list.searchLabel')}
        placeholder={t('list.searchPlaceholder')}
        maxLength={30}
        value={search.q}
        onChange={(q) => set({ q })}
      />
      <CommitteeFilter
        label={t('list.committeeFilter')}
        value={search.committeeId}
        onChange={(committeeId) => set({ committeeId })}
      />
      <Select
        aria-label={t('list.stageFilter')}
        placeholder={t('list.allStages')}
        allowClear
        style={{ width: 140 }}
        value={search.stage}
        onChange={(stage) => set({ stage })}
        options={stageFilters.map((s) => ({
          value: s,
          label: pickLabel(subsidyStageLabels[s], i18n.language),
        }))}
      />
      <LabelSelect
        aria-label={t('list.classificationFilter')}
        placeholder={t('list.allClassifications')}
        allowClear
        style={{ width: 180 }}
        labels={subsidyClassificationLabels}
        value={search.classification}
        onChange={(classification) => set({ classification })}
      />
      <Checkbox
        checked={Boolean(search.reviewOverdue)}
        onChange={(e) => set({ reviewOverdue: e.target.checked || undefined })}
      >
        {t('list.reviewOverdue')}
      </Checkbox>
      <Checkbox
        checked={Boolean(search.withoutHelper)}
        onChange={(e) => set({ withoutHelper: e.target.checked || undefined })}
      >
        {t('list.withoutHelper')}
      </Checkbox>
    </ListToolbar>
  )
}
