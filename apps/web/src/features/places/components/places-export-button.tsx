import { useTranslation } from 'react-i18next'
import { ExportButton } from '@/components/ui/export-button'
import { apiBase } from '@/lib/api-client'
import { toQueryString } from '@/lib/query-string'
import type { TSelectionPath } from './use-selection-path'

/**
 * 导出 ▾ the 楼栋台账 and 房屋台账 of what the tree has selected: a committee's buildings and
 * dwellings, or one building's dwellings; with nothing selected, all the user may see.
 */
export const PlacesExportButton = ({ path }: { path: TSelectionPath }) => {
  const { t } = useTranslation('places')
  const url = (list: string, filters: Record<string, string | undefined>) => (format: string) =>
    `${apiBase}/${list}/export${toQueryString({ ...filters, format })}`
  return (
    <ExportButton
      files={[
        {
          key: 'buildings',
          label: t('export.buildings'),
          href: url('buildings', { committeeId: path.committeeId }),
        },
        {
          key: 'dwellings',
          label: t('export.dwellings'),
          href: url('dwellings', { committeeId: path.committeeId, buildingId: path.buildingId }),
        },
      ]}
      menuLabel={t('export.menu')}
    />
  )
}
