import { PlusOutlined } from '@ant-design/icons'
import { Button, Card, Empty, Skeleton, Space, Table } from 'antd'
import { pendingSourceLabels } from '@cr/shared/rentals/rental-codes'
import type { TPendingRegistration } from '@cr/shared/rentals/pending-registration'
import { useTranslation } from 'react-i18next'
import { ProblemAlert } from '@/components/errors/problem-alert'
import { useTableCaption } from '@/components/ui/captioned-table'
import { pickLabel } from '@/lib/language'
import { usePropertyPending } from '../api/get-pending-registrations'

/** 报告: the day, how it came to be known and who told. */
export const ReportedCell = ({ pending: p }: { pending: TPendingRegistration }) => {
  const { t, i18n } = useTranslation('rentalChecks')
  return (
    <div>
      {t('pending.reportedValue', {
        date: p.reportedOn,
        source: pickLabel(pendingSourceLabels[p.source], i18n.language),
      })}
      {p.reportedBy && (
        <div className="text-secondary" style={{ fontSize: 12 }}>
          {t('pending.reportedBy', { name: p.reportedBy })}
        </div>
      )}
    </div>
  )
}

/** 登记 and 核销 of one person pending, named for a screen reader. */
export const PendingActions = ({
  pending: p,
  onRegister,
  onClear,
}: {
  pending: TPendingRegistration
  onRegister: (p: TPendingRegistration) => void
  onClear: (p: TPendingRegistration) => void
}) => {
  const { t } = useTranslation('rentalChecks')
  if (p.state !== 'pending') return null
  return (
    <Space size={4} wrap>
      <Button
        size="small"
        type="link"
        aria-label={t('pending.registerFor', { name: p.name })}
        onClick={() => onRegister(p)}
      >
        {t('pending.register')}
      </Button>
      <Button
        size="small"
        type="link"
        danger
        aria-label={t('pending.clearFor', { name: p.name })}
        onClick={() => onClear(p)}
      >
        {t('pending.clear')}
      </Button>
    </Space>
  )
}

type TProps = {
  propertyId: string
  canWrite: boolean
  onRegister: (p: TPendingRegistration) => void
  onClear: (p: TPendingRegistration) => void
  onReport: () => void
}

/**
 * The people known to live in the dwelling and not registered yet, with 登记 and 核销, and
 * 报告未登记人员 for one a 楼长 or the landlord reports.
 */
export const PropertyPending = ({
  propertyId,
  canWrite,
  onRegister,
  onClear,
  onReport,
}: TProps) => {
  const { t } = useTranslation(['rentalChecks', 'common'])
  const query = usePropertyPending(propertyId)
  const components = useTableCaption(t('pending.propertyCaption'))
  const items = query.data?.items ?? []
  return (
    <Card
      size="small"
      title={<h2 className="card-title">{t('pending.propertyTitle')}</h2>}
      extra={
        canWrite && (
          <Button size="small" icon={<PlusOutlined aria-hidden />} onClick={onReport}>
            {t('pending.report')}
          </Button>
        )
      }
    >
      {query.isPending ? (
        <Skeleton active paragraph={{ rows: 1 }} />
      ) : query.isError ? (
        <ProblemAlert error={query.error} onReload={() => void query.refetch()} />
      ) : items.length === 0 ? (
        <Empty description={t('pending.propertyEmpty')} image={Empty.PRESENTED_IMAGE_SIMPLE} />
      ) : (
        <Table<TPendingRegistration>
          components={components}
          rowKey="id"
          size="small"
          pagination={false}
          scroll={{ x: 'max-content' }}
          dataSource={items}
          columns={[
            { key: 'name', title: t('pending.name'), dataIndex: 'name' },
            {
              key: 'description',
              title: t('pending.descriptionColumn'),
              render: (_, p) => p.description ?? '—',
            },
            {
              key: 'reported',
              title: t('pending.reported'),
              render: (_, p) => <ReportedCell pending={p} />,
            },
            ...(canWrite
              ? [
                  {
                    key: 'actions',
                    title: t('common:columns.actions'),
                    render: (_: unknown, p: TPendingRegistration) => (
                      <PendingActions pending={p} onRegister={onRegister} onClear={onClear} />
                    ),
                  },
                ]
              : []),
          ]}
        />
      )}
    </Card>
  )
}
