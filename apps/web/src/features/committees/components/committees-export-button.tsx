import { useTranslation } from 'react-i18next'
import { ExportButton } from '@/components/ui/export-button'
import { apiBase } from '@/lib/api-client'
import { toQueryString } from '@/lib/query-string'
import { toCommitteeListQuery, type TCommitteeSearch } from '../utils/committee-search'

/** 导出 ▾ Excel / CSV of the committees as filtered now. */
export const CommitteesExportButton = ({ search }: { search: TCommitteeSearch }) => {
  const { t } = useTranslation('committees')
  const { limit: _limit, cursor: _cursor, ...filters } = toCommitteeListQuery(search)
  return (
    <ExportButton
      files={[
        {
          key: 'committees',
          href: (format) => `${apiBase}/committees/export${toQueryString({ ...filters, format })}`,
        },
      ]}
      menuLabel={t('exportMenu')}
    />
  )
}
