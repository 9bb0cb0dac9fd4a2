import { useTranslation } from 'react-i18next'
import { ExportButton, listExportHref } from '@/components/ui/export-button'
import { toAuditListQuery, type TAuditSearch } from '../utils/audit-search'

/** 导出 ▾ Excel / CSV of the log as filtered now, each change written out in Chinese. */
export const AuditExportButton = ({ search }: { search: TAuditSearch }) => {
  const { t } = useTranslation('audit')
  return (
    <ExportButton
      files={[{ key: 'audit', href: listExportHref('audit-events', toAuditListQuery(search)) }]}
      menuLabel={t('export.menu')}
      hint={t('export.hint')}
    />
  )
}
