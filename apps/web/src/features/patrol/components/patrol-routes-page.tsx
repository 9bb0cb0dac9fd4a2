import { NodeIndexOutlined } from '@ant-design/icons'
import { Link } from '@tanstack/react-router'
import { Button, Card, Pagination, Space, Table } from 'antd'
import type { TPatrolRoute } from '@cr/shared/patrol/patrol-route'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { CommitteeFilter } from '@/components/committee-select/committee-filter'
import { ProblemAlert } from '@/components/errors/problem-alert'
import { DeleteButton } from '@/components/ui/delete-button'
import { PageHeader } from '@/components/ui/page-header'
import { useCan } from '@/lib/auth'
import { feedback } from '@/lib/feedback'
import { useDeletePatrolRoute, usePatrolRoutes } from '../api/patrol-routes'
import { CreateRouteModal } from './create-route-modal'

const size = 20

/** 巡逻路线: every route with its checkpoints in order; a route's page edits them. */
export const PatrolRoutesPage = () => {
  const { t } = useTranslation('patrol')
  const canWrite = useCan('patrol:write')
  const [committeeId, setCommitteeId] = useState<string | undefined>()
  const [page, setPage] = useState(1)
  const [creating, setCreating] = useState(false)
  const query = usePatrolRoutes({ committeeId, page, size })
  const remove = useDeletePatrolRoute()
  const columns = [
    {
      title: t('routes.name'),
      dataIndex: 'name',
      render: (name: string, route: TPatrolRoute) => (
        <Link to="/patrol-routes/$routeId" params={{ routeId: route.id }}>
          {name}
        </Link>
      ),
    },
    { title: t('routes.committee'), dataIndex: ['committee', 'name'] },
    {
      title: t('routes.checkpoints'),
      key: 'checkpoints',
      render: (_: unknown, route: TPatrolRoute) =>
        route.checkpoints.map((c) => c.name).join(' → ') || '—',
    },
    {
      title: '',
      key: 'minutes',
      render: (_: unknown, route: TPatrolRoute) => (
        <span className="text-secondary">
          {t('routes.checkpointCount', { count: route.checkpoints.length })} ·{' '}
          {t('routes.totalMinutes', { count: route.totalMinutes })}
        </span>
      ),
    },
    {
      title: '',
      key: 'actions',
      render: (_: unknown, route: TPatrolRoute) =>
        canWrite && (
          <DeleteButton
            name={route.name}
            loading={remove.isPending}
            onConfirm={() =>
              remove.mutate(
                { id: route.id, version: route.version },
                { onSuccess: () => feedback.success(t('routes.deleted')) },
              )
            }
          />
        ),
    },
  ]
  return (
    <>
      <PageHeader
        title={t('routes.title')}
        description={t('routes.description')}
        actions={
          canWrite && (
            <Button
              type="primary"
              icon={<NodeIndexOutlined aria-hidden />}
              onClick={() => setCreating(true)}
            >
              {t('routes.create')}
            </Button>
          )
        }
      />
      <Space wrap style={{ marginBottom: 12 }}>
        <CommitteeFilter
          label={t('routes.committee')}
          value={committeeId}
          onChange={(v) => (setCommitteeId(v), setPage(1))}
        />
      </Space>
      {remove.isError && <ProblemAlert error={remove.error} />}
      {query.isError ? (
        <ProblemAlert error={query.error} onReload={() => void query.refetch()} />
      ) : (
        <Card size="small">
          <Table
            size="small"
            rowKey="id"
            columns={columns}
            dataSource={query.data?.items ?? []}
            loading={query.isPending}
            pagination={false}
            scroll={{ x: 'max-content' }}
            locale={{ emptyText: t('routes.empty') }}
          />
          {(query.data?.total ?? 0) > size && (
            <Pagination
              style={{ marginTop: 12, textAlign: 'right' }}
              current={page}
              total={query.data?.total}
              pageSize={size}
              onChange={setPage}
              showSizeChanger={false}
            />
          )}
        </Card>
      )}
      <CreateRouteModal open={creating} onClose={() => setCreating(false)} />
    </>
  )
}
