import { PrinterOutlined, SaveOutlined } from '@ant-design/icons'
import { Alert, Button, Card, List, Space, Typography } from 'antd'
import type { TPatrolRoute } from '@cr/shared/patrol/patrol-route'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ProblemAlert } from '@/components/errors/problem-alert'
import { ButtonLink } from '@/components/ui/button-link'
import { ConfirmButton } from '@/components/ui/confirm-button'
import { PageBreadcrumb } from '@/components/ui/page-breadcrumb'
import { PageLoading } from '@/components/ui/page-loading'
import { paths, recordPaths } from '@/config/paths'
import { useCan } from '@/lib/auth'
import { feedback } from '@/lib/feedback'
import {
  usePatrolRoute,
  useRegenerateCheckpointQr,
  useUpdatePatrolRoute,
} from '../api/patrol-routes'
import { CheckpointEditor, draftsOf, type TCheckpointDraft } from './checkpoint-editor'

/** The checkpoints edited as a whole and saved at once (kept ones send their id back). */
const RouteCheckpoints = ({ route }: { route: TPatrolRoute }) => {
  const { t } = useTranslation('patrol')
  const canWrite = useCan('patrol:write')
  const [drafts, setDrafts] = useState<TCheckpointDraft[]>(() => draftsOf(route))
  const [dirty, setDirty] = useState(false)
  const update = useUpdatePatrolRoute()
  const regenerate = useRegenerateCheckpointQr()
  const save = () =>
    update.mutate(
      {
        id: route.id,
        version: route.version,
        data: {
          checkpoints: drafts.map((c) => ({
            ...(c.id ? { id: c.id } : {}),
            name: c.name,
            buildingId: c.buildingId,
            place: c.buildingId ? null : c.place,
            expectedMinutes: c.expectedMinutes,
            deviationMinutes: c.deviationMinutes,
          })),
        },
      },
      {
        onSuccess: (saved) => {
          setDrafts(draftsOf(saved))
          setDirty(false)
          feedback.success(t('route.saved'))
        },
      },
    )
  return (
    <>
      <Card
        size="small"
        title={t('routes.checkpoints')}
        extra={
          canWrite && (
            <Space wrap>
              {dirty && <Typography.Text type="warning">{t('route.unsaved')}</Typography.Text>}
              <Button
                type="primary"
                icon={<SaveOutlined aria-hidden />}
                loading={update.isPending}
                disabled={!dirty}
                onClick={save}
              >
                {t('route.save')}
              </Button>
            </Space>
          )
        }
        style={{ marginBottom: 16 }}
      >
        {update.isError && <ProblemAlert error={update.error} />}
        <CheckpointEditor
          committeeId={route.committee.id}
          value={drafts}
          disabled={!canWrite}
          onChange={(next) => (setDrafts(next), setDirty(true))}
        />
      </Card>
      {canWrite && route.checkpoints.length > 0 && (
        <Card size="small" title={t('route.regenerate')}>
          {regenerate.isError && <ProblemAlert error={regenerate.error} />}
          <List
            size="small"
            dataSource={route.checkpoints}
            renderItem={(c) => (
              <List.Item
                actions={[
                  <ConfirmButton
                    key="regenerate"
                    label={t('route.regenerate')}
                    aria-label={`${t('route.regenerate')} ${c.name}`}
                    title={t('route.regenerateConfirm')}
                    loading={regenerate.isPending}
                    onConfirm={() =>
                      regenerate.mutate(
                        { id: route.id, checkpointId: c.id, version: route.version },
                        { onSuccess: () => feedback.success(t('route.regenerated')) },
                      )
                    }
                  />,
                ]}
              >
                {c.position}. {c.name}
              </List.Item>
            )}
          />
        </Card>
      )}
    </>
  )
}

/** A route's page: its checkpoints in walking order, and the way to its QR sheet. */
export const PatrolRoutePage = ({ routeId }: { routeId: string }) => {
  const { t } = useTranslation('patrol')
  const query = usePatrolRoute(routeId)
  const route = query.data
  return (
    <>
      <PageBreadcrumb parent={paths.patrolRoutes} current={route?.name} />
      {query.isPending ? (
        <PageLoading />
      ) : query.isError ? (
        <ProblemAlert error={query.error} onReload={() => void query.refetch()} />
      ) : (
        <>
          <Space wrap style={{ width: '100%', justifyContent: 'space-between', marginBottom: 12 }}>
            <div>
              <Typography.Title level={3} style={{ margin: 0 }}>
                {route!.name}
              </Typography.Title>
              <Typography.Text type="secondary">
                {route!.committee.name} ·{' '}
                {t('routes.checkpointCount', { count: route!.checkpoints.length })} ·{' '}
                {t('routes.totalMinutes', { count: route!.totalMinutes })}
              </Typography.Text>
            </div>
            <ButtonLink
              to={recordPaths.patrolRouteQrPrint}
              params={{ routeId }}
              icon={<PrinterOutlined aria-hidden />}
            >
              {t('route.qrSheet')}
            </ButtonLink>
          </Space>
          {route!.notes && <Alert type="info" title={route!.notes} style={{ marginBottom: 12 }} />}
          <RouteCheckpoints key={route!.version} route={route!} />
        </>
      )}
    </>
  )
}
