import type { TExportFormat } from '@cr/shared/imports/import-job'
import { useTranslation } from 'react-i18next'
import { ExportButton } from '@/components/ui/export-button'
import { apiBase } from '@/lib/api-client'
import { toQueryString } from '@/lib/query-string'
import { toResidentListQuery, type TResidentsSearch } from '../utils/resident-list-search'

/** The export of the list as filtered now (masked). */
export const residentsExportUrl = (search: TResidentsSearch, format: TExportFormat) => {
  const { limit: _limit, cursor: _cursor, ...filters } = toResidentListQuery(search)
  return `${apiBase}/residents/export${toQueryString({ ...filters, format })}`
}

/** 导出 ▾ Excel / CSV of the residents as filtered now. */
export const ResidentsExportButton = ({ search }: { search: TResidentsSearch }) => {
  const { t } = useTranslation('residents')
  return (
    <ExportButton
      files={[{ key: 'residents', href: (format) => residentsExportUrl(search, format) }]}
      menuLabel={t('export.menu')}
      hint={t('export.hint')}
    />
  )
}
