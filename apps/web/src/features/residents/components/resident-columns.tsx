import { Link } from '@tanstack/react-router'
import type { TableColumnsType } from 'antd'
import { sexTable } from '@cr/shared/code-tables/sex'
import type { TResident } from '@cr/shared/residents/resident'
import type { TFunction } from 'i18next'
import { sortableColumn } from '@/components/ui/sortable-column'
import { recordPaths } from '@/config/paths'
import { ageSortOrder } from '../utils/resident-list-search'
import { CategoryTag, ResidentTagList, StatusTag } from './resident-tags'

type TOptions = {
  t: TFunction<['residents', 'common']>
  sort: string
  sortable: boolean
  /** The 状态 column: where the rows are not all 在册 (a status filter, the ID-number lookup). */
  showStatus: boolean
}

/** The columns of 居民列表: who, masked identifiers, where they live. */
export const buildResidentColumns = ({
  t,
  sort,
  sortable,
  showStatus,
}: TOptions): TableColumnsType<TResident> => [
  {
    key: 'name',
    dataIndex: 'name',
    title: t('fields.name'),
    width: 100,
    ...(sortable ? sortableColumn(sort, 'name') : {}),
    // A real link: the row opens with Enter from the keyboard, or in a new tab.
    render: (name: string, r) => (
      <Link
        to={recordPaths.resident}
        params={{ residentId: r.id }}
        aria-label={t('rowLink', { name })}
        onClick={(e) => e.stopPropagation()}
      >
        {name}
      </Link>
    ),
  },
  ...(showStatus
    ? [
        {
          key: 'status',
          dataIndex: 'status',
          title: t('fields.status'),
          width: 80,
          render: (status: TResident['status']) => <StatusTag status={status} />,
        },
      ]
    : []),
  {
    key: 'idNumber',
    dataIndex: 'idNumberMasked',
    title: t('fields.idNumber'),
    width: 160,
    render: (v: string) => <span className="mono">{v}</span>,
  },
  {
    key: 'sex',
    dataIndex: 'sex',
    title: t('fields.sex'),
    width: 60,
    render: (v: string) => sexTable.nameOf(v) ?? v,
  },
  {
    key: 'age',
    dataIndex: 'age',
    title: t('fields.age'),
    width: 76,
    ...(sortable
      ? { sorter: true, sortOrder: ageSortOrder(sort), sortDirections: ['ascend', 'descend'] }
      : {}),
  },
  {
    key: 'category',
    dataIndex: 'category',
    title: t('fields.category'),
    width: 100,
    render: (v: TResident['category']) => <CategoryTag category={v} />,
  },
  {
    key: 'tags',
    dataIndex: 'tags',
    title: t('fields.tags'),
    width: 140,
    render: (v: TResident['tags']) => <ResidentTagList tags={v} />,
  },
  {
    key: 'phone',
    dataIndex: 'phoneMasked',
    title: t('fields.phone'),
    width: 120,
    render: (v: string | null) => v ?? '—',
  },
  {
    key: 'address',
    title: t('fields.address'),
    ellipsis: true,
    render: (_, r) => r.household?.address ?? '—',
  },
  {
    key: 'committee',
    title: t('fields.committee'),
    width: 120,
    ellipsis: true,
    render: (_, r) => r.committee.name,
  },
]
