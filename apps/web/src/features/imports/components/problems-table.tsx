import { Table, Tag, Typography, type TableColumnsType } from 'antd'
import type { TImportProblem } from '@cr/shared/imports/import-job'
import { useTranslation } from 'react-i18next'
import { useTableCaption } from '@/components/ui/captioned-table'

/**
 * 问题明细: the sheet's own row numbers, whether the row is refused (错误) or only worth a look
 * (提醒: imported all the same), the column, what it holds (masked), what is wrong.
 */
export const ProblemsTable = ({ problems }: { problems: TImportProblem[] }) => {
  const { t } = useTranslation('imports')
  const components = useTableCaption(t('result.problemsCaption'))
  const columns: TableColumnsType<TImportProblem> = [
    { key: 'rowNumber', dataIndex: 'rowNumber', title: t('result.rowNumber'), width: 72 },
    {
      key: 'severity',
      title: t('result.severity'),
      width: 72,
      render: (_, p) =>
        p.severity === 'warning' ? (
          <Tag color="warning">{t('result.severities.warning')}</Tag>
        ) : (
          <Tag color="error">{t('result.severities.error')}</Tag>
        ),
    },
    {
      key: 'column',
      title: t('result.column'),
      width: 180,
      ellipsis: true,
      render: (_, p) =>
        p.column
          ? `${p.column.letter}${p.column.header ? `（${p.column.header}）` : ''}`
          : t('result.wholeRow'),
    },
    {
      key: 'value',
      dataIndex: 'value',
      title: t('result.value'),
      width: 200,
      ellipsis: true,
      render: (v: string | null) =>
        v === null || v === '' ? (
          <Typography.Text type="secondary">—</Typography.Text>
        ) : (
          <span className="mono">{v}</span>
        ),
    },
    { key: 'message', dataIndex: 'message', title: t('result.problem') },
  ]
  return (
    <Table<TImportProblem>
      rowKey={(p) => `${p.rowNumber}-${p.column?.letter ?? ''}-${p.code}`}
      size="small"
      components={components}
      columns={columns}
      dataSource={problems}
      pagination={
        problems.length > 10 ? { pageSize: 10, showSizeChanger: false, size: 'small' } : false
      }
    />
  )
}
