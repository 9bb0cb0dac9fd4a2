import { Table, Typography } from 'antd'
import type { TableColumnsType } from 'antd'
import type { TAuditEvent } from '@cr/shared/audit/audit-event'
import { useTranslation } from 'react-i18next'
import { useTableCaption } from '@/components/ui/captioned-table'
import { diffSnapshots, type TDiffRow } from '../utils/audit-diff'
import { useAuditValue } from './use-audit-value'

/**
 * The fields of one event: an update shows what changed, before → after, side by side; a
 * create, delete or sign-in has one snapshot and shows it as field → content.
 */
export const AuditDiff = ({ event }: { event: TAuditEvent }) => {
  const { t } = useTranslation('audit')
  const { format, fieldName } = useAuditValue()
  const components = useTableCaption(t('diff.caption'))
  const rows = diffSnapshots(event.before, event.after)
  const both = Boolean(event.before && event.after)
  const columns: TableColumnsType<TDiffRow> = [
    { key: 'field', title: t('diff.field'), width: 160, render: (_, r) => fieldName(r.field) },
  ]
  if (both) {
    columns.push(
      {
        key: 'before',
        title: t('diff.before'),
        render: (_, r) => <span className="diff-before">{format(r.field, r.before)}</span>,
      },
      {
        key: 'after',
        title: t('diff.after'),
        render: (_, r) => <span className="diff-after">{format(r.field, r.after)}</span>,
      },
    )
  } else {
    const snapshot = event.after ? 'after' : 'before'
    columns.push({
      key: 'value',
      title: t('diff.content'),
      render: (_, r) => format(r.field, r[snapshot]),
    })
  }
  return (
    <div style={{ maxWidth: 900 }}>
      {event.reason && (
        <Typography.Paragraph>{t('diff.reason', { reason: event.reason })}</Typography.Paragraph>
      )}
      {rows.length === 0 ? (
        <Typography.Text type="secondary">
          {both ? t('diff.unchanged') : t('diff.noChanges')}
        </Typography.Text>
      ) : (
        <Table<TDiffRow>
          size="small"
          bordered
          pagination={false}
          components={components}
          rowKey="field"
          dataSource={rows}
          columns={columns}
        />
      )}
      {event.requestId && (
        <Typography.Text type="secondary" style={{ display: 'block', marginTop: 8, fontSize: 12 }}>
          {t('diff.requestId', { id: event.requestId })}
        </Typography.Text>
      )}
    </div>
  )
}
