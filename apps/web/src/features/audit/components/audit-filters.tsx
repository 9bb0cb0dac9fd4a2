import { Button, DatePicker, Select, Space } from 'antd'
import { auditActions, type TAuditAction } from '@cr/shared/audit/audit-event'
import {
  auditCategories,
  auditEntityTypes,
  entityTypeLabel,
  type TAuditCategory,
} from '@cr/shared/audit/audit-labels'
import dayjs from '@/lib/dayjs'
import { useTranslation } from 'react-i18next'
import { CommitteeSelect } from '@/components/committee-select/committee-select'
import { toLabelLanguage } from '@/lib/language'
import type { TAuditSearch } from '../utils/audit-search'
import { ActorSelect } from './actor-select'

type TProps = {
  search: TAuditSearch
  onSearchChange: (next: TAuditSearch) => void
  filtered: boolean
}

export const AuditFilters = ({ search, onSearchChange, filtered }: TProps) => {
  const { t, i18n } = useTranslation(['audit', 'common'])
  const set = (patch: Partial<TAuditSearch>) => onSearchChange({ ...search, ...patch })
  const language = toLabelLanguage(i18n.language)
  return (
    <Space wrap style={{ marginBottom: 12 }}>
      <Select<TAuditCategory>
        aria-label={t('filters.category')}
        placeholder={t('filters.allCategories')}
        allowClear
        style={{ width: 150 }}
        showSearch={{ optionFilterProp: 'label' }}
        value={search.category}
        onChange={(category) => set({ category: category ?? undefined })}
        options={auditCategories.map((c) => ({ value: c, label: t(`categories.${c}`) }))}
      />
      <ActorSelect value={search.actorId} onChange={(actorId) => set({ actorId })} />
      <Select<string>
        aria-label={t('filters.entityType')}
        placeholder={t('filters.allEntityTypes')}
        allowClear
        style={{ width: 160 }}
        showSearch={{ optionFilterProp: 'label' }}
        value={search.entityType}
        onChange={(entityType) => set({ entityType: entityType ?? undefined })}
        options={auditEntityTypes.map((value) => ({
          value,
          label: entityTypeLabel(value, language),
        }))}
      />
      <Select<TAuditAction>
        aria-label={t('filters.action')}
        placeholder={t('filters.allActions')}
        allowClear
        style={{ width: 150 }}
        showSearch={{ optionFilterProp: 'label' }}
        value={search.action}
        onChange={(action) => set({ action: action ?? undefined })}
        options={auditActions.map((a) => ({ value: a, label: t(`actions.${a}`) }))}
      />
      {/* One name for the pair; each input is named by its placeholder (开始日期 / 结束日期). */}
      <div role="group" aria-label={t('filters.dateRange')}>
        <DatePicker.RangePicker
          placeholder={[t('filters.from'), t('filters.to')]}
          value={[search.from ? dayjs(search.from) : null, search.to ? dayjs(search.to) : null]}
          allowEmpty={[true, true]}
          onChange={(range) =>
            set({ from: range?.[0]?.format('YYYY-MM-DD'), to: range?.[1]?.format('YYYY-MM-DD') })
          }
          style={{ width: 260 }}
        />
      </div>
      <CommitteeSelect
        aria-label={t('filters.committee')}
        placeholder={t('common:pickers.allCommittees')}
        allowClear
        style={{ width: 200 }}
        value={search.committeeId}
        onChange={(committeeId) => set({ committeeId })}
      />
      {filtered && (
        <Button type="link" onClick={() => onSearchChange({})}>
          {t('common:actions.reset')}
        </Button>
      )}
    </Space>
  )
}
