import { Space, Tag, Typography } from 'antd'
import type { TableColumnsType } from 'antd'
import type { TApiToken } from '@cr/shared/api-tokens/api-token'
import { roleLabels } from '@cr/shared/auth/roles'
import type { TFunction } from 'i18next'
import { ConfirmButton } from '@/components/ui/confirm-button'
import { sortableColumn } from '@/components/ui/sortable-column'
import { formatDate, formatDateTime } from '@/lib/format'
import { pickLabel } from '@/lib/language'
import { tokenStatusOf } from '../utils/token-status'
import { TokenStatusTag } from './token-status-tag'

type TOptions = {
  t: TFunction<['apiTokens', 'common']>
  language: string
  sort: string
  onRevoke: (token: TApiToken) => void
}

export const buildTokenColumns = ({
  t,
  language,
  sort,
  onRevoke,
}: TOptions): TableColumnsType<TApiToken> => [
  { key: 'name', dataIndex: 'name', title: t('fields.name'), ...sortableColumn(sort, 'name') },
  {
    key: 'prefix',
    dataIndex: 'prefix',
    title: t('fields.prefix'),
    width: 120,
    render: (p: string) => <Typography.Text code>{p}…</Typography.Text>,
  },
  {
    key: 'role',
    title: t('fields.role'),
    width: 100,
    render: (_, tk) => pickLabel(roleLabels[tk.role], language),
  },
  {
    key: 'committees',
    title: t('fields.committees'),
    render: (_, tk) =>
      tk.committees.length === 0 ? (
        t('allCommittees')
      ) : (
        <Space size={[0, 4]} wrap>
          {tk.committees.map((c) => (
            <Tag key={c.id}>{c.name}</Tag>
          ))}
        </Space>
      ),
  },
  {
    key: 'status',
    title: t('fields.status'),
    width: 90,
    render: (_, tk) => <TokenStatusTag token={tk} />,
  },
  {
    key: 'expiresOn',
    dataIndex: 'expiresOn',
    title: t('fields.expiresOn'),
    width: 110,
    render: formatDate,
    ...sortableColumn(sort, 'expiresOn'),
  },
  {
    key: 'lastUsedAt',
    dataIndex: 'lastUsedAt',
    title: t('fields.lastUsedAt'),
    width: 140,
    render: formatDateTime,
  },
  {
    key: 'createdAt',
    dataIndex: 'createdAt',
    title: t('fields.createdAt'),
    width: 140,
    render: formatDateTime,
    ...sortableColumn(sort, 'createdAt'),
  },
  {
    key: 'actions',
    title: t('common:columns.actions'),
    width: 80,
    render: (_, tk) =>
      tokenStatusOf(tk) === 'revoked' ? null : (
        <ConfirmButton
          label={t('revoke')}
          aria-label={`${t('revoke')} ${tk.name}`}
          title={t('revokeConfirm', { name: tk.name })}
          description={t('revokeHint')}
          onConfirm={() => onRevoke(tk)}
        />
      ),
  },
]
