import { useTranslation } from 'react-i18next'
import { ExportButton, listExportHref } from '@/components/ui/export-button'
import type { TSelectionPath } from './use-selection-path'

/**
 * 导出 ▾ the 楼栋台账 and 房屋台账 of what the tree has selected: a committee's buildings and
 * dwellings, or one building's dwellings; with nothing selected, all the user may see.
 */
export const PlacesExportButton = ({ path }: { path: TSelectionPath }) => {
  const { t } = useTranslation('places')
  const { committeeId, buildingId } = path
  return (
    <ExportButton
      files={[
        {
          key: 'buildings',
          label: t('export.buildings'),
          href: listExportHref('buildings', { committeeId }),
        },
        {
          key: 'dwellings',
          label: t('export.dwellings'),
          href: listExportHref('dwellings', { committeeId, buildingId }),
        },
      ]}
      menuLabel={t('export.menu')}
    />
  )
}
