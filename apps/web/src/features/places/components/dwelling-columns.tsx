import { UserAddOutlined } from '@ant-design/icons'
import { Link } from '@tanstack/react-router'
import { Button, Space, type TableColumnsType } from 'antd'
import { dwellingUseLabels, type TDwelling } from '@cr/shared/places/dwelling'
import type { TFunction } from 'i18next'
import { sortableColumn } from '@/components/ui/sortable-column'
import { paths } from '@/config/paths'
import { pickLabel } from '@/lib/language'

type TOptions = {
  t: TFunction<['places', 'common']>
  language: string
  sort: string
  /** 登记住户 in a row's dwelling, for those who may write. */
  onRegister?: (dwelling: TDwelling) => void
}

/** The dwellings list's columns: the address and 查看 open the dwelling in the places tree. */
export const buildDwellingColumns = ({
  t,
  language,
  sort,
  onRegister,
}: TOptions): TableColumnsType<TDwelling> => [
  {
    key: 'address',
    title: t('fields.address'),
    render: (_, d) => (
      <Link to={paths.places} search={{ dwelling: d.id }}>
        {d.address}
      </Link>
    ),
    ...sortableColumn(sort, 'address'),
  },
  {
    key: 'use',
    title: t('fields.use'),
    width: 80,
    render: (_, d) => pickLabel(dwellingUseLabels[d.use], language),
  },
  {
    key: 'area',
    title: t('fields.area'),
    width: 100,
    render: (_, d) => (d.area ? t('areaValue', { area: d.area }) : '—'),
  },
  {
    key: 'owner',
    title: t('fields.owner'),
    width: 120,
    render: (_, d) => d.owner.resident?.name ?? d.owner.name ?? '—',
  },
  { key: 'occupants', title: t('fields.occupantCount'), width: 90, dataIndex: 'occupantCount' },
  {
    key: 'actions',
    title: t('common:columns.actions'),
    width: onRegister ? 190 : 80,
    render: (_, d) => (
      <Space size="small">
        <Link
          to={paths.places}
          search={{ dwelling: d.id }}
          aria-label={t('lists.openFor', { name: d.address })}
        >
          {t('lists.open')}
        </Link>
        {onRegister && (
          <Button
            type="link"
            size="small"
            icon={<UserAddOutlined aria-hidden />}
            aria-label={t('register.openFor', { room: d.address })}
            onClick={() => onRegister(d)}
          >
            {t('register.open')}
          </Button>
        )}
      </Space>
    ),
  },
]
