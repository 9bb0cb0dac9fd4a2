import { Link } from '@tanstack/react-router'
import type { TableColumnsType } from 'antd'
import type { TBuilding } from '@cr/shared/places/building'
import type { TFunction } from 'i18next'
import { sortableColumn } from '@/components/ui/sortable-column'
import { paths } from '@/config/paths'

/** The buildings list's columns: the address and 查看 open the building in the places tree. */
export const buildBuildingColumns = (
  t: TFunction<['places', 'common']>,
  sort: string,
): TableColumnsType<TBuilding> => [
  {
    key: 'address',
    title: t('fields.address'),
    render: (_, b) => (
      <Link to={paths.places} search={{ building: b.id }}>
        {b.address}
      </Link>
    ),
    ...sortableColumn(sort, 'address'),
  },
  {
    key: 'estate',
    title: t('fields.estateName'),
    width: 140,
    render: (_, b) => b.estateName ?? '—',
  },
  { key: 'grid', title: t('fields.gridCode'), width: 120, render: (_, b) => b.gridCode ?? '—' },
  { key: 'dwellings', title: t('fields.dwellingCount'), width: 90, dataIndex: 'dwellingCount' },
  {
    key: 'leaders',
    title: t('fields.leaders'),
    width: 140,
    render: (_, b) => b.leaders.map((l) => l.name).join('、') || '—',
  },
  {
    key: 'committee',
    title: t('fields.committee'),
    width: 150,
    render: (_, b) => b.committee.name,
  },
  {
    key: 'actions',
    title: t('common:columns.actions'),
    width: 80,
    render: (_, b) => (
      <Link
        to={paths.places}
        search={{ building: b.id }}
        aria-label={t('lists.openFor', { name: b.address })}
      >
        {t('lists.open')}
      </Link>
    ),
  },
]
