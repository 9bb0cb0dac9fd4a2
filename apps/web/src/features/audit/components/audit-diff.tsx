import { Table, Typography } from 'antd'
import type { TableColumnsType } from 'antd'
import type { TAuditChange } from '@cr/shared/audit/audit-diff'
import type { TAuditEvent } from '@cr/shared/audit/audit-event'
import { loginFailureLabels } from '@cr/shared/audit/audit-labels'
import { useTranslation } from 'react-i18next'
import { useTableCaption } from '@/components/ui/captioned-table'
import { pickLabel } from '@/lib/language'
import { auditDiffRows } from '../utils/audit-diff'

/**
 * The fields of one event: an update shows what changed, before → after, side by side; a
 * create, delete or sign-in has one snapshot and shows it as field → content. Fields are named
 * as their forms name them, and codes by their names (性别 男, 人口类别 户籍人口).
 */
export const AuditDiff = ({ event }: { event: TAuditEvent }) => {
  const { t, i18n } = useTranslation('audit')
  const components = useTableCaption(t('diff.caption'))
  const rows = auditDiffRows(event, i18n.language)
  const both = Boolean(event.before && event.after)
  const columns: TableColumnsType<TAuditChange> = [
    { key: 'field', title: t('diff.field'), width: 160, render: (_, r) => r.label },
  ]
  if (both) {
    columns.push(
      {
        key: 'before',
        title: t('diff.before'),
        render: (_, r) => <span className="diff-before">{r.before}</span>,
      },
      {
        key: 'after',
        title: t('diff.after'),
        render: (_, r) => <span className="diff-after">{r.after}</span>,
      },
    )
  } else {
    columns.push({
      key: 'value',
      title: t('diff.content'),
      render: (_, r) => r.after ?? r.before,
    })
  }
  // A failed sign-in's reason is a code; any other reason is what the clerk typed.
  const reason =
    event.reason && event.action === 'login_failed'
      ? pickLabel(loginFailureLabels[event.reason], i18n.language) || event.reason
      : event.reason
  return (
    <div style={{ maxWidth: 900 }}>
      {reason && <Typography.Paragraph>{t('diff.reason', { reason })}</Typography.Paragraph>}
      {rows.length === 0 ? (
        <Typography.Text type="secondary">
          {both ? t('diff.unchanged') : t('diff.noChanges')}
        </Typography.Text>
      ) : (
        <Table<TAuditChange>
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
