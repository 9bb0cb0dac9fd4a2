import { useTranslation } from 'react-i18next'
import { ExportButton, listExportHref } from '@/components/ui/export-button'
import { toResidentListQuery, type TResidentsSearch } from '../utils/resident-list-search'

/** 导出 ▾ Excel / CSV of the residents as filtered now. */
export const ResidentsExportButton = ({ search }: { search: TResidentsSearch }) => {
  const { t } = useTranslation('residents')
  return (
    <ExportButton
      files={[{ key: 'residents', href: listExportHref('residents', toResidentListQuery(search)) }]}
      menuLabel={t('export.menu')}
      hint={t('export.hint')}
    />
  )
}
