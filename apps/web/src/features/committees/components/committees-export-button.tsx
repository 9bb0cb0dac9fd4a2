import { useTranslation } from 'react-i18next'
import { ExportButton, listExportHref } from '@/components/ui/export-button'
import { toCommitteeListQuery, type TCommitteeSearch } from '../utils/committee-search'

/** 导出 ▾ Excel / CSV of the committees as filtered now. */
export const CommitteesExportButton = ({ search }: { search: TCommitteeSearch }) => {
  const { t } = useTranslation('committees')
  return (
    <ExportButton
      files={[
        { key: 'committees', href: listExportHref('committees', toCommitteeListQuery(search)) },
      ]}
      menuLabel={t('exportMenu')}
    />
  )
}
