import { PlusOutlined } from '@ant-design/icons'
import { Button, Card, Empty, Skeleton, Space, Table, Tag } from 'antd'
import { inspectionItemLabels } from '@cr/shared/rentals/rental-codes'
import type { TRentalInspection } from '@cr/shared/rentals/rental-inspection'
import { useTranslation } from 'react-i18next'
import { ProblemAlert } from '@/components/errors/problem-alert'
import { useTableCaption } from '@/components/ui/captioned-table'
import { pickLabel } from '@/lib/language'
import { usePropertyInspections } from '../api/get-property-inspections'

/** 整改: not needed, due by a day (red once overdue), or done on a day. */
export const RectificationState = ({ inspection: i }: { inspection: TRentalInspection }) => {
  const { t } = useTranslation('rentalChecks')
  if (i.rectifiedOn)
    return (
      <div>
        <Tag color="green">{t('inspection.rectifiedOn', { date: i.rectifiedOn })}</Tag>
        {i.rectificationNote && (
          <div className="text-secondary" style={{ fontSize: 12 }}>
            {i.rectificationNote}
          </div>
        )}
      </div>
    )
  if (!i.rectificationDueOn) return <>{t('inspection.noRectification')}</>
  return (
    <Space size={4} wrap>
      <span>{t('inspection.dueOn', { date: i.rectificationDueOn })}</span>
      {i.rectificationOverdue && <Tag color="red">{t('inspection.overdue')}</Tag>}
    </Space>
  )
}

type TProps = {
  propertyId: string
  canWrite: boolean
  onRecord: () => void
  onRectify: (inspection: TRentalInspection) => void
}

/**
 * The dwelling's inspections, the latest first: who checked what, the occupants counted against
 * the allowed number (over is a finding), findings, the rectification and its follow-up, and
 * the people found unregistered.
 */
export const PropertyInspections = ({ propertyId, canWrite, onRecord, onRectify }: TProps) => {
  const { t, i18n } = useTranslation(['rentalChecks', 'common'])
  const query = usePropertyInspections(propertyId)
  const components = useTableCaption(t('inspection.caption'))
  const items = query.data?.items ?? []
  const none = t('inspection.none')
  return (
    <Card
      size="small"
      title={<h2 className="card-title">{t('inspection.title')}</h2>}
      extra={
        canWrite && (
          <Button
            size="small"
            type="primary"
            icon={<PlusOutlined aria-hidden />}
            onClick={onRecord}
          >
            {t('inspection.record')}
          </Button>
        )
      }
    >
      {query.isPending ? (
        <Skeleton active paragraph={{ rows: 2 }} />
      ) : query.isError ? (
        <ProblemAlert error={query.error} onReload={() => void query.refetch()} />
      ) : items.length === 0 ? (
        <Empty description={t('inspection.empty')} image={Empty.PRESENTED_IMAGE_SIMPLE} />
      ) : (
        <Table<TRentalInspection>
          components={components}
          rowKey="id"
          size="small"
          pagination={false}
          scroll={{ x: 'max-content' }}
          dataSource={items}
          columns={[
            { key: 'inspectedOn', title: t('inspection.inspectedOn'), dataIndex: 'inspectedOn' },
            {
              key: 'inspectors',
              title: t('inspection.inspectors'),
              render: (_, r) => r.inspectors.join('、'),
            },
            {
              key: 'items',
              title: t('inspection.items'),
              render: (_, r) =>
                r.items.length === 0
                  ? none
                  : r.items
                      .map((item) => pickLabel(inspectionItemLabels[item], i18n.language))
                      .join('、'),
            },
            {
              key: 'occupants',
              title: t('inspection.occupants'),
              render: (_, r) =>
                r.occupantCount === null ? (
                  none
                ) : (
                  <Space size={4} wrap>
                    {r.allowedOccupants === null
                      ? r.occupantCount
                      : t('inspection.occupantsValue', {
                          count: r.occupantCount,
                          allowed: r.allowedOccupants,
                        })}
                    {r.occupantsOverAllowed > 0 && (
                      <Tag color="red">
                        {t('inspection.overTag', { count: r.occupantsOverAllowed })}
                      </Tag>
                    )}
                  </Space>
                ),
            },
            {
              key: 'findings',
              title: t('inspection.findings'),
              render: (_, r) => (
                <div style={{ maxWidth: 280, whiteSpace: 'normal' }}>{r.findings ?? none}</div>
              ),
            },
            {
              key: 'found',
              title: t('inspection.found'),
              render: (_, r) =>
                r.pendingRegistrations.length === 0
                  ? none
                  : r.pendingRegistrations.map((p) => p.name).join('、'),
            },
            {
              key: 'rectification',
              title: t('inspection.rectification'),
              render: (_, r) => <RectificationState inspection={r} />,
            },
            ...(canWrite
              ? [
                  {
                    key: 'actions',
                    title: t('common:columns.actions'),
                    render: (_: unknown, r: TRentalInspection) =>
                      r.rectificationDueOn && !r.rectifiedOn ? (
                        <Button
                          size="small"
                          type="link"
                          aria-label={t('inspection.rectifyFor', { date: r.inspectedOn })}
                          onClick={() => onRectify(r)}
                        >
                          {t('inspection.rectify')}
                        </Button>
                      ) : null,
                  },
                ]
              : []),
          ]}
        />
      )}
    </Card>
  )
}
