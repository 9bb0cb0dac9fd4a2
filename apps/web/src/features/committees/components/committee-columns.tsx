import { Button, Space } from 'antd'
import type { TableColumnsType } from 'antd'
import type { TCommittee } from '@cr/shared/committees/committee'
import type { TFunction } from 'i18next'
import { DeleteButton } from '@/components/ui/delete-button'
import { ActiveTag } from '@/components/ui/status-tag'
import { formatDateTime } from '@/lib/format'
import { sortableColumn } from '@/components/ui/sortable-column'

type TOptions = {
  t: TFunction<['committees', 'common']>
  sort: string
  canWrite: boolean
  onEdit: (committee: TCommittee) => void
  onDelete: (committee: TCommittee) => void
}

export const buildCommitteeColumns = ({
  t,
  sort,
  canWrite,
  onEdit,
  onDelete,
}: TOptions): TableColumnsType<TCommittee> => {
  const sortable = (field: string) => sortableColumn(sort, field)
  const columns: TableColumnsType<TCommittee> = [
    { key: 'code', dataIndex: 'code', title: t('fields.code'), width: 140, ...sortable('code') },
    { key: 'name', dataIndex: 'name', title: t('fields.name'), ...sortable('name') },
    {
      key: 'address',
      dataIndex: 'address',
      title: t('fields.address'),
      ellipsis: true,
      render: (v: string | null) => v ?? '—',
    },
    {
      key: 'phone',
      dataIndex: 'phone',
      title: t('fields.phone'),
      width: 150,
      render: (v: string | null) => v ?? '—',
    },
    {
      key: 'active',
      dataIndex: 'active',
      title: t('fields.active'),
      width: 80,
      render: (v: boolean) => <ActiveTag active={v} />,
    },
    {
      key: 'createdAt',
      dataIndex: 'createdAt',
      title: t('common:columns.createdAt'),
      width: 160,
      render: formatDateTime,
      ...sortable('createdAt'),
    },
  ]
  if (!canWrite) return columns
  return [
    ...columns,
    {
      key: 'actions',
      title: t('common:columns.actions'),
      width: 130,
      render: (_, committee) => (
        <Space size={0} aria-label={t('rowActions', { name: committee.name })} role="group">
          <Button type="link" size="small" onClick={() => onEdit(committee)}>
            {t('common:actions.edit')}
          </Button>
          <DeleteButton name={committee.name} onConfirm={() => onDelete(committee)} />
        </Space>
      ),
    },
  ]
}
