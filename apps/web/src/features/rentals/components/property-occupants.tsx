import { Link } from '@tanstack/react-router'
import { Card, Empty, Skeleton, Table, Tag } from 'antd'
import { residenceReasonLabels } from '@cr/shared/rentals/rental-codes'
import type { TTemporaryResident } from '@cr/shared/rentals/temporary-resident'
import { useTranslation } from 'react-i18next'
import { recordPaths } from '@/config/paths'
import { ProblemAlert } from '@/components/errors/problem-alert'
import { useTableCaption } from '@/components/ui/captioned-table'
import { pickLabel } from '@/lib/language'
import { usePropertyOccupants } from '../api/get-property-occupants'
import { TimelinessTag } from './timeliness-tag'

/** The temporary residents living in the dwelling now, with their registration's timeliness. */
export const PropertyOccupants = ({ propertyId }: { propertyId: string }) => {
  const { t, i18n } = useTranslation('rentals')
  const query = usePropertyOccupants(propertyId)
  const components = useTableCaption(t('page.occupantsCaption'))
  const items = query.data?.items ?? []
  return (
    <Card size="small" title={<h2 className="card-title">{t('page.occupants')}</h2>}>
      {query.isPending ? (
        <Skeleton active paragraph={{ rows: 2 }} />
      ) : query.isError ? (
        <ProblemAlert error={query.error} onReload={() => void query.refetch()} />
      ) : items.length === 0 ? (
        <Empty description={t('page.occupantsEmpty')} image={Empty.PRESENTED_IMAGE_SIMPLE} />
      ) : (
        <Table<TTemporaryResident>
          components={components}
          rowKey="id"
          size="small"
          pagination={false}
          scroll={{ x: 'max-content' }}
          dataSource={items}
          columns={[
            {
              key: 'name',
              title: t('temporary.name'),
              render: (_, r) => (
                <Link to={recordPaths.temporaryResident} params={{ id: r.id }}>
                  {r.person.name}
                </Link>
              ),
            },
            {
              key: 'idNumber',
              title: t('temporary.idNumber'),
              render: (_, r) => <span className="mono">{r.person.idNumberMasked}</span>,
            },
            {
              key: 'region',
              title: t('temporary.householdRegion'),
              render: (_, r) => r.householdRegion ?? '—',
            },
            { key: 'movedInOn', title: t('temporary.movedInOn'), dataIndex: 'movedInOn' },
            {
              key: 'reason',
              title: t('temporary.reason'),
              render: (_, r) => (
                <Tag>{pickLabel(residenceReasonLabels[r.reason], i18n.language)}</Tag>
              ),
            },
            {
              key: 'timeliness',
              title: t('temporary.timeliness'),
              render: (_, r) => <TimelinessTag resident={r} />,
            },
          ]}
        />
      )}
    </Card>
  )
}
