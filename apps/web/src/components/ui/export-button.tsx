import { DownOutlined, ExportOutlined } from '@ant-design/icons'
import { Button, Dropdown } from 'antd'
import type { TExportFormat } from '@cr/shared/imports/import-job'
import { useTranslation } from 'react-i18next'
import { apiBase } from '@/lib/api-client'
import { toQueryString, type TQuery } from '@/lib/query-string'

const formats: TExportFormat[] = ['xlsx', 'csv']

/** One file the menu offers: `href` is the list's export route with the filters shown now. */
export type TExportFile = { key: string; label?: string; href: (format: TExportFormat) => string }

/**
 * `href` of a list's export: `GET /<list>/export` with the list's filters as the page sends them
 * (its paging left out) and the format.
 */
export const listExportHref = (list: string, query: TQuery) => (format: TExportFormat) => {
  const { limit: _limit, cursor: _cursor, page: _page, ...filters } = query
  return `${apiBase}/${list}/export${toQueryString({ ...filters, format })}`
}

type TProps = {
  /** Several files get a menu section each (e.g. 楼栋台账, 房屋台账); one file needs no label. */
  files: TExportFile[]
  /** What the menu exports, for screen readers: 导出当前筛选的居民. */
  menuLabel: string
  /** Shown on hover: what is masked. */
  hint?: string
}

/**
 * 导出 ▾ with Excel and CSV for each file. Plain links, so the browser downloads the file (the
 * server streams it, masked unless the user may reveal, and records the export in the audit log).
 */
export const ExportButton = ({ files, menuLabel, hint }: TProps) => {
  const { t } = useTranslation('common')
  const link = (file: TExportFile, format: TExportFormat) => ({
    key: `${file.key}.${format}`,
    label: (
      <a href={file.href(format)} download title={hint}>
        {t(`export.${format}`)}
      </a>
    ),
  })
  const items =
    files.length === 1
      ? formats.map((format) => link(files[0]!, format))
      : files.map((file) => ({
          type: 'group' as const,
          key: file.key,
          label: file.label,
          children: formats.map((format) => link(file, format)),
        }))
  return (
    <Dropdown trigger={['click']} menu={{ 'aria-label': menuLabel, items }}>
      <Button icon={<ExportOutlined aria-hidden />}>
        {t('export.label')} <DownOutlined aria-hidden />
      </Button>
    </Dropdown>
  )
}
