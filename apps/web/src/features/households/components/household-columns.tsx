import { PrinterOutlined } from '@ant-design/icons'
import { Link } from '@tanstack/react-router'
import { Space, type TableColumnsType } from 'antd'
import type { THousehold } from '@cr/shared/households/household'
import type { TFunction } from 'i18next'
import { sortableColumn } from '@/components/ui/sortable-column'
import { recordPaths } from '@/config/paths'
import { formatDateTime } from '@/lib/format'

/** The households list's columns: the address opens the household, 操作 prints its 户籍登记表. */
export const buildHouseholdColumns = (
  t: TFunction<['households', 'common']>,
  sort: string,
): TableColumnsType<THousehold> => [
  {
    key: 'address',
    title: t('list.address'),
    render: (_, h) => (
      <Link to={recordPaths.household} params={{ householdId: h.id }}>
        {h.dwelling.address}
      </Link>
    ),
  },
  { key: 'head', title: t('list.head'), width: 110, render: (_, h) => h.head.name },
  {
    key: 'members',
    title: t('list.members'),
    ellipsis: true,
    render: (_, h) =>
      h.members
        .filter((m) => !m.isHead)
        .map((m) => m.resident.name)
        .join('、') || '—',
  },
  { key: 'count', title: t('list.count'), width: 70, render: (_, h) => h.members.length },
  { key: 'committee', title: t('list.committee'), width: 150, render: (_, h) => h.committee.name },
  {
    key: 'createdAt',
    dataIndex: 'createdAt',
    title: t('list.createdAt'),
    width: 160,
    render: formatDateTime,
    ...sortableColumn(sort, 'createdAt'),
  },
  {
    key: 'actions',
    title: t('common:columns.actions'),
    width: 150,
    render: (_, h) => (
      <Space size="small">
        <Link to={recordPaths.household} params={{ householdId: h.id }}>
          {t('list.open')}
        </Link>
        <Link
          to={recordPaths.householdPrint}
          params={{ householdId: h.id }}
          aria-label={t('list.printFor', { address: h.dwelling.address })}
        >
          <PrinterOutlined aria-hidden /> {t('list.print')}
        </Link>
      </Space>
    ),
  },
]
