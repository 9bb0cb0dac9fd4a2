import { Tag, Typography } from 'antd'
import type { TableColumnsType } from 'antd'
import { entityTypeLabels, type TAuditEvent } from '@cr/shared/audit/audit-event'
import type { TFunction } from 'i18next'
import { formatDateTime } from '@/lib/format'
import { pickLabel } from '@/lib/language'
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
    width: 170,
    render: (_, e) => (
      <>
        {e.actorName ?? '—'} {e.actorType !== 'user' && <Tag>{t(`actorTypes.${e.actorType}`)}</Tag>}
      </>
    ),
  },
  {
    key: 'action',
    title: t('columns.action'),
    width: 130,
    render: (_, e) => <Tag color={actionColors[e.action]}>{t(`actions.${e.action}`)}</Tag>,
  },
  {
    key: 'entity',
    title: t('columns.entity'),
    render: (_, e) => (
      <>
        {pickLabel(entityTypeLabels[e.entityType], language) || e.entityType}
        {e.entityId && (
          <Typography.Text style={{ marginInlineStart: 6 }} title={e.entityId}>
            {auditSubject(e)}
          </Typography.Text>
        )}
      </>
    ),
  },
  {
    key: 'committee',
    title: t('columns.committee'),
    width: 160,
    render: (_, e) => (e.committeeId ? committeeName(e.committeeId) : '—'),
  },
  {
    key: 'clientIp',
    dataIndex: 'clientIp',
    title: t('columns.clientIp'),
    width: 130,
    render: (ip: string | null) => ip ?? '—',
  },
]
