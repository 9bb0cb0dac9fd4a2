import { Button, Space, Tag, Typography } from 'antd'
import type { TableColumnsType } from 'antd'
import { roleLabels, roleSeesAllCommittees } from '@cr/shared/auth/roles'
import type { TUser } from '@cr/shared/users/user'
import type { TFunction } from 'i18next'
import { DeleteButton } from '@/components/ui/delete-button'
import { sortableColumn } from '@/components/ui/sortable-column'
import { formatDate, formatDateTime, isInFuture } from '@/lib/format'
import { pickLabel } from '@/lib/language'
import { UserStatus } from './user-status'

export type TUserActions = {
  onEdit: (user: TUser) => void
  onResetPassword: (user: TUser) => void
  onUnlock: (user: TUser) => void
  onDelete: (user: TUser) => void
}
type TOptions = TUserActions & {
  t: TFunction<['users', 'common']>
  language: string
  sort: string
  canWrite: boolean
  /** The signed-in user: one cannot delete oneself (the API refuses it too). */
  selfId: string
}

const committeeTags = (user: TUser, allLabel: string) =>
  // Administrators and supervisors see every committee, whatever is assigned.
  roleSeesAllCommittees(user.role) ? (
    <Typography.Text type="secondary">{allLabel}</Typography.Text>
  ) : (
    <Space size={[0, 4]} wrap>
      {user.committees.slice(0, 3).map((c) => (
        <Tag key={c.id}>{c.name}</Tag>
      ))}
      {user.committees.length > 3 && <Tag>+{user.committees.length - 3}</Tag>}
    </Space>
  )

export const buildUserColumns = ({
  t,
  language,
  sort,
  canWrite,
  selfId,
  ...actions
}: TOptions): TableColumnsType<TUser> => {
  const columns: TableColumnsType<TUser> = [
    {
      key: 'username',
      dataIndex: 'username',
      title: t('fields.username'),
      width: 130,
      ...sortableColumn(sort, 'username'),
    },
    {
      key: 'displayName',
      dataIndex: 'displayName',
      title: t('fields.displayName'),
      width: 120,
      ...sortableColumn(sort, 'displayName'),
    },
    {
      key: 'role',
      dataIndex: 'role',
      title: t('fields.role'),
      width: 100,
      render: (_, u) => pickLabel(roleLabels[u.role], language),
    },
    {
      key: 'committees',
      title: t('fields.committees'),
      render: (_, u) => committeeTags(u, t('allCommittees')),
    },
    {
      key: 'status',
      title: t('fields.status'),
      width: 150,
      render: (_, u) => <UserStatus user={u} />,
    },
    {
      key: 'expiresOn',
      dataIndex: 'expiresOn',
      title: t('fields.expiresOn'),
      width: 110,
      render: formatDate,
    },
    {
      key: 'lastLoginAt',
      dataIndex: 'lastLoginAt',
      title: t('fields.lastLoginAt'),
      width: 140,
      render: formatDateTime,
      ...sortableColumn(sort, 'lastLoginAt'),
    },
  ]
  if (!canWrite) return columns
  return [
    ...columns,
    {
      key: 'actions',
      title: t('common:columns.actions'),
      width: 220,
      render: (_, user) => (
        <Space size={0} wrap role="group" aria-label={t('rowActions', { name: user.displayName })}>
          <Button type="link" size="small" onClick={() => actions.onEdit(user)}>
            {t('common:actions.edit')}
          </Button>
          <Button type="link" size="small" onClick={() => actions.onResetPassword(user)}>
            {t('actions.resetPassword')}
          </Button>
          {isInFuture(user.lockedUntil) && (
            <Button type="link" size="small" onClick={() => actions.onUnlock(user)}>
              {t('actions.unlock')}
            </Button>
          )}
          {user.id !== selfId && (
            <DeleteButton name={user.displayName} onConfirm={() => actions.onDelete(user)} />
          )}
        </Space>
      ),
    },
  ]
}
