import { Link } from '@tanstack/react-router'
import { UserAddOutlined } from '@ant-design/icons'
import { Button, Card, Empty, Skeleton, Table } from 'antd'
import { dwellingUseLabels, type TDwelling } from '@cr/shared/places/dwelling'
import { useTranslation } from 'react-i18next'
import { ProblemResult } from '@/components/errors/problem-result'
import { useTableCaption } from '@/components/ui/captioned-table'
import { paths } from '@/config/paths'
import { pickLabel } from '@/lib/language'
import { useBuildingDwellings } from '../api/get-building-dwellings'
import { groupByUnit } from '../utils/group-units'
import type { TPlaceSelection } from '../utils/places-search'

type TProps = {
  buildingId: string
  onSelect: (selection: TPlaceSelection) => void
  /** 登记住户 in a row's dwelling (for those who may write). */
  onRegister?: (dwelling: TDwelling) => void
}

/** The order of the tree: by unit, rooms in number order (502 before 1002). */
const inTreeOrder = (items: TDwelling[]) => {
  const { units, loose } = groupByUnit(items)
  return [...units.flatMap((u) => u.dwellings), ...loose]
}

/** 楼栋房屋列表: the building's dwellings; a row opens one, its 登记住户 registers a household. */
export const BuildingDwellings = ({ buildingId, onSelect, onRegister }: TProps) => {
  const { t, i18n } = useTranslation(['places', 'common'])
  const query = useBuildingDwellings(buildingId)
  const components = useTableCaption(t('buildingDetails.tableCaption'))
  const open = (d: TDwelling) => onSelect({ kind: 'dwelling', id: d.id })
  return (
    <Card size="small" title={<h2 className="card-title">{t('buildingDetails.dwellings')}</h2>}>
      {query.isPending ? (
        <Skeleton active paragraph={{ rows: 4 }} />
      ) : query.isError ? (
        <ProblemResult error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <Table<TDwelling>
          rowKey="id"
          size="small"
          components={components}
          dataSource={inTreeOrder(query.data.items)}
          pagination={
            query.data.items.length > 50 ? { pageSize: 50, showSizeChanger: false } : false
          }
          onRow={(d) => ({ onClick: () => open(d), style: { cursor: 'pointer' } })}
          columns={[
            { key: 'unit', title: t('fields.unit'), width: 80, render: (_, d) => d.unit ?? '—' },
            {
              key: 'room',
              title: t('fields.room'),
              render: (_, d) => (
                <Link
                  to={paths.places}
                  search={{ dwelling: d.id }}
                  onClick={(e) => e.stopPropagation()}
                >
                  {d.room}
                </Link>
              ),
            },
            {
              key: 'use',
              title: t('fields.use'),
              render: (_, d) => pickLabel(dwellingUseLabels[d.use], i18n.language),
            },
            {
              key: 'area',
              title: t('fields.area'),
              render: (_, d) => (d.area ? t('areaValue', { area: d.area }) : '—'),
            },
            { key: 'occupants', title: t('fields.occupantCount'), dataIndex: 'occupantCount' },
            ...(onRegister
              ? [
                  {
                    key: 'actions',
                    title: t('common:columns.actions'),
                    width: 120,
                    render: (_: unknown, d: TDwelling) => (
                      <Button
                        type="link"
                        size="small"
                        icon={<UserAddOutlined aria-hidden />}
                        aria-label={t('register.openFor', { room: d.room })}
                        onClick={(e) => (e.stopPropagation(), onRegister(d))}
                      >
                        {t('register.open')}
                      </Button>
                    ),
                  },
                ]
              : []),
          ]}
          locale={{
            emptyText: (
              <Empty
                description={
                  <>
                    <div style={{ fontWeight: 500 }}>{t('buildingDetails.empty')}</div>
                    <div>{t('buildingDetails.emptyHint')}</div>
                  </>
                }
              />
            ),
          }}
        />
      )}
    </Card>
  )
}
