import { DownOutlined, ExportOutlined } from '@ant-design/icons'
import { Button, Dropdown } from 'antd'
import type { TExportFormat } from '@cr/shared/imports/import-job'
import { useTranslation } from 'react-i18next'
import { apiBase } from '@/lib/api-client'
import { toQueryString } from '@/lib/query-string'
import { toResidentListQuery, type TResidentsSearch } from '../utils/resident-list-search'

const formats: TExportFormat[] = ['xlsx', 'csv']

/** The export of the list as filtered now (masked); a plain link, so the browser downloads it. */
export const residentsExportUrl = (search: TResidentsSearch, format: TExportFormat) => {
  const { limit: _limit, cursor: _cursor, ...filters } = toResidentListQuery(search)
  return `${apiBase}/residents/export${toQueryString({ ...filters, format })}`
}

/** 导出 ▾ Excel / CSV. */
export const ResidentsExportButton = ({ search }: { search: TResidentsSearch }) => {
  const { t } = useTranslation('residents')
  return (
    <Dropdown
      trigger={['click']}
      menu={{
        'aria-label': t('export.menu'),
        items: formats.map((format) => ({
          key: format,
          label: (
            <a href={residentsExportUrl(search, format)} download title={t('export.hint')}>
              {t(`export.${format}`)}
            </a>
          ),
        })),
      }}
    >
      <Button icon={<ExportOutlined aria-hidden />}>
        {t('export.label')} <DownOutlined aria-hidden />
      </Button>
    </Dropdown>
  )
}
