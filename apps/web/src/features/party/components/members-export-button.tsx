import { useTranslation } from 'react-i18next'
import { ExportButton } from '@/components/ui/export-button'
import { apiBase } from '@/lib/api-client'
import { toQueryString } from '@/lib/query-string'
import { toMemberListQuery, type TMembersSearch } from '../utils/member-search'

/** 导出 ▾ the 党员花名册 as filtered now (headed as the roster import reads it). */
export const MembersExportButton = ({ search }: { search: TMembersSearch }) => {
  const { t } = useTranslation('party')
  const { limit: _limit, cursor: _cursor, ...filters } = toMemberListQuery(search)
  return (
    <ExportButton
      files={[
        {
          key: 'party-members',
          href: (format) =>
            `${apiBase}/party-members/export${toQueryString({ ...filters, format })}`,
        },
      ]}
      menuLabel={t('members.exportMenu')}
      hint={t('members.exportHint')}
    />
  )
}
