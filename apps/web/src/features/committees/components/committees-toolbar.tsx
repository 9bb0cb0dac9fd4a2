import { Button, Space } from 'antd'
import { useTranslation } from 'react-i18next'
import { ActiveFilter } from '@/components/ui/active-filter'
import { SearchInput } from '@/components/ui/search-input'
import type { TCommitteeSearch } from '../utils/committee-search'

type TProps = {
  search: TCommitteeSearch
  onSearchChange: (next: TCommitteeSearch) => void
  filtered: boolean
}

export const CommitteesToolbar = ({ search, onSearchChange, filtered }: TProps) => {
  const { t } = useTranslation(['committees', 'common'])
  return (
    <Space wrap style={{ marginBottom: 12 }}>
      <SearchInput
        label={t('searchLabel')}
        placeholder={t('searchPlaceholder')}
        value={search.q}
        onChange={(q) => onSearchChange({ ...search, q })}
      />
      <ActiveFilter
        label={t('activeFilter')}
        value={search.active}
        onChange={(active) => onSearchChange({ ...search, active })}
      />
      {filtered && (
        <Button type="link" onClick={() => onSearchChange({ sort: search.sort })}>
          {t('common:actions.reset')}
        </Button>
      )}
    </Space>
  )
}
