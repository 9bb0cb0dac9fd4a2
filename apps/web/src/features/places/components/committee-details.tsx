import { useQuery } from '@tanstack/react-query'
import { Link } from '@tanstack/react-router'
import { Card, Empty, Skeleton, Table } from 'antd'
import type { TBuilding } from '@cr/shared/places/building'
import { useTranslation } from 'react-i18next'
import { ProblemResult } from '@/components/errors/problem-result'
import { useTableCaption } from '@/components/ui/captioned-table'
import { paths } from '@/config/paths'
import { useMe } from '@/lib/auth'
import { getCommitteeBuildingsQueryOptions } from '../api/get-committee-buildings'
import type { TPlaceSelection } from '../utils/places-search'

type TProps = { committeeId: string; onSelect: (selection: TPlaceSelection) => void }

/** A committee's buildings; a row opens the building. */
export const CommitteeDetails = ({ committeeId, onSelect }: TProps) => {
  const { t } = useTranslation(['places', 'common'])
  const me = useMe()
  const query = useQuery(getCommitteeBuildingsQueryOptions(committeeId))
  const components = useTableCaption(t('committeeDetails.tableCaption'))
  const name = me.committees.find((c) => c.id === committeeId)?.name ?? ''
  const items = query.data?.items ?? []
  return (
    <Card
      size="small"
      title={<h2 className="card-title">{name}</h2>}
      extra={query.data && t('committeeDetails.count', { count: items.length })}
    >
      {query.isPending ? (
        <Skeleton active paragraph={{ rows: 6 }} />
      ) : query.isError ? (
        <ProblemResult error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <Table<TBuilding>
          rowKey="id"
          size="small"
          components={components}
          dataSource={items}
          pagination={false}
          onRow={(b) => ({
            onClick: () => onSelect({ kind: 'building', id: b.id }),
            style: { cursor: 'pointer' },
          })}
          columns={[
            {
              key: 'address',
              title: t('fields.address'),
              render: (_, b) => (
                <Link
                  to={paths.places}
                  search={{ building: b.id }}
                  onClick={(e) => e.stopPropagation()}
                >
                  {b.address}
                </Link>
              ),
            },
            { key: 'gridCode', title: t('fields.gridCode'), render: (_, b) => b.gridCode ?? '—' },
            {
              key: 'count',
              title: t('fields.dwellingCount'),
              dataIndex: 'dwellingCount',
              width: 90,
            },
            {
              key: 'leaders',
              title: t('fields.leaders'),
              render: (_, b) => b.leaders.map((l) => l.name).join('、') || '—',
            },
          ]}
          locale={{
            emptyText: (
              <Empty
                description={
                  <>
                    <div style={{ fontWeight: 500 }}>{t('committeeDetails.empty')}</div>
                    <div>{t('committeeDetails.emptyHint')}</div>
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
