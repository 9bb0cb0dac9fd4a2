import { Button, Space } from 'antd'
import { useTranslation } from 'react-i18next'
import { CommitteeSelect } from '@/components/committee-select/committee-select'
import { ActiveFilter } from '@/components/ui/active-filter'
import { RoleSelect } from '@/components/ui/role-select'
import { SearchInput } from '@/components/ui/search-input'
import type { TUserSearch } from '../utils/user-search'

type TProps = {
  search: TUserSearch
  onSearchChange: (next: TUserSearch) => void
  filtered: boolean
}

export const UsersToolbar = ({ search, onSearchChange, filtered }: TProps) => {
  const { t } = useTranslation(['users', 'common'])
  return (
    <Space wrap style={{ marginBottom: 12 }}>
      <SearchInput
        label={t('searchLabel')}
        placeholder={t('searchPlaceholder')}
        value={search.q}
        onChange={(q) => onSearchChange({ ...search, q })}
      />
      <RoleSelect
        aria-label={t('roleFilter')}
        placeholder={t('allRoles')}
        allowClear
        style={{ width: 130 }}
        value={search.role}
        onChange={(role) => onSearchChange({ ...search, role })}
      />
      <CommitteeSelect
        aria-label={t('committeeFilter')}
        placeholder={t('common:pickers.allCommittees')}
        allowClear
        style={{ width: 200 }}
        value={search.committeeId}
        onChange={(committeeId) => onSearchChange({ ...search, committeeId })}
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
