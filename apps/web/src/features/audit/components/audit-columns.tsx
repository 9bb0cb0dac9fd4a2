import { Tag, Typography } from 'antd'
import type { TableColumnsType } from 'antd'
import type { TAuditEvent } from '@cr/shared/audit/audit-event'
import { entityTypeLabel } from '@cr/shared/audit/audit-labels'
import type { TFunction } from 'i18next'
import { formatDateTime } from '@/lib/format'
import { toLabelLanguage } from '@/lib/language'
import { auditSummary } from '../utils/audit-diff'
import { auditSubject } from '../utils/audit-subject'

const actionColors: Partial<Record<TAuditEvent['action'], string>> = {
  create: 'green',
  update: 'blue',
  delete: 'red',
  login_failed: 'orange',
  password_reset: 'gold',
  revoke: 'red',
  reveal: 'purple',
}

type TOptions = {
  t: TFunction<['audit', 'common']>
  language: string
  committeeName: (id: string) => string
}

export const buildAuditColumns = ({
  t,
  language,
  committeeName,
}: TOptions): TableColumnsType<TAuditEvent> => [
  {
    key: 'occurredAt',
    dataIndex: 'occurredAt',
    title: t('columns.occurredAt'),
    width: 150,
    render: formatDateTime,
  },
  {
    key: 'actor',
    title: t('columns.actor'),
    width: 150,
    render: (_, e) => (
      <>
        {e.actorName ?? '—'} {e.actorType !== 'user' && <Tag>{t(`actorTypes.${e.actorType}`)}</Tag>}
      </>
    ),
  },
  {
    key: 'action',
    title: t('columns.action'),
    width: 120,
    render: (_, e) => <Tag color={actionColors[e.action]}>{t(`actions.${e.action}`)}</Tag>,
  },
  {
    key: 'entity',
    title: t('columns.entity'),
    width: 200,
    render: (_, e) => (
      <>
        {entityTypeLabel(e.entityType, toLabelLanguage(language))}
        {e.entityId && (
          <Typography.Text style={{ marginInlineStart: 6 }} title={e.entityId}>
            {auditSubject(e)}
          </Typography.Text>
        )}
      </>
    ),
  },
  {
    key: 'changes',
    title: t('columns.changes'),
    render: (_, e) => {
      const { lines, more } = auditSummary(e, language)
      if (lines.length === 0) return '—'
      return (
        <div className="audit-summary">
          {lines.map((line) => (
            <div key={line}>{line}</div>
          ))}
          {more > 0 && (
            <Typography.Text type="secondary">{t('moreChanges', { count: more })}</Typography.Text>
          )}
        </div>
      )
    },
  },
  {
    key: 'committee',
    title: t('columns.committee'),
    width: 150,
    render: (_, e) => (e.committeeId ? committeeName(e.committeeId) : '—'),
  },
  {
    key: 'clientIp',
    dataIndex: 'clientIp',
    title: t('columns.clientIp'),
    width: 120,
    render: (ip: string | null) => ip ?? '—',
  },
]
