import { EditOutlined, PrinterOutlined } from '@ant-design/icons'
import { Button, Card, Descriptions, Space, Table, Typography } from 'antd'
import { weatherLabels } from '@cr/shared/patrol/patrol-codes'
import type { TPatrolFollowUp } from '@cr/shared/patrol/patrol-follow-up'
import type { TPatrolLog } from '@cr/shared/patrol/patrol-log'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ProblemAlert } from '@/components/errors/problem-alert'
import { PageBreadcrumb } from '@/components/ui/page-breadcrumb'
import { PageLoading } from '@/components/ui/page-loading'
import { paths } from '@/config/paths'
import { useCan } from '@/lib/auth'
import { pickLabel } from '@/lib/language'
import { useLogFollowUps } from '../api/patrol-follow-ups'
import { usePatrolLog } from '../api/patrol-logs'
import { buildFollowUpColumns } from './follow-up-columns'
import { FollowUpModal, type TFollowUpModal } from './follow-up-forms'
import { LogOutcome, logTimeText } from './patrol-log-cells'
import { PatrolLogFindings } from './patrol-log-findings'
import { LogForm } from './patrol-log-form-page'
import { PatrolLogPlan } from './patrol-log-plan'
import './patrol-log.css'

const Header = ({ log }: { log: TPatrolLog }) => {
  const { t, i18n } = useTranslation('patrol')
  return (
    <Descriptions size="small" bordered column={{ xs: 1, sm: 2, lg: 3 }}>
      <Descriptions.Item label={t('logs.date')}>{log.date}</Descriptions.Item>
      <Descriptions.Item label={t('logs.time')}>
        {logTimeText(log, t)}
        {log.minutes !== null && ` (${t('logs.minutes', { count: log.minutes })})`}
      </Descriptions.Item>
      <Descriptions.Item label={t('logs.team')}>{log.team.name}</Descriptions.Item>
      <Descriptions.Item label={t('logs.leader')}>{log.leader.name}</Descriptions.Item>
      <Descriptions.Item label={t('logs.members')}>
        {log.members.map((m) => m.name).join('、')}
      </Descriptions.Item>
      <Descriptions.Item label={t('logs.route')}>
        {log.route?.name ?? t('logs.noRoute')}
      </Descriptions.Item>
      <Descriptions.Item label={t('logs.weather')}>
        {log.weather ? pickLabel(weatherLabels[log.weather], i18n.language) : '—'}
      </Descriptions.Item>
      <Descriptions.Item label={t('logs.source')}>
        {t(`logs.sources.${log.source}`)}
      </Descriptions.Item>
      <Descriptions.Item label={t('logs.outcome')}>
        <LogOutcome log={log} t={t} lang={i18n.language} />
      </Descriptions.Item>
    </Descriptions>
  )
}

/** A log's follow-ups, with 办结 for those who may write. */
const LogFollowUps = ({
  logId,
  onClose,
}: {
  logId: string
  onClose?: (f: TPatrolFollowUp) => void
}) => {
  const { t, i18n } = useTranslation('patrol')
  const query = useLogFollowUps(logId)
  if (query.isError)
    return <ProblemAlert error={query.error} onReload={() => void query.refetch()} />
  return (
    <Table<TPatrolFollowUp>
      size="small"
      rowKey="id"
      loading={query.isPending}
      pagination={false}
      scroll={{ x: 'max-content' }}
      dataSource={query.data?.items ?? []}
      locale={{ emptyText: t('logs.noFollowUps') }}
      columns={buildFollowUpColumns({ t, lang: i18n.language, onClose, withLog: false })}
    />
  )
}

/**
 * 巡逻记录: who went when and where, the route walked against the plan, what was found (photos,
 * 盘查 with the ID number masked), its follow-ups (开跟进, 办结) and the handover note; printable.
 */
export const PatrolLogPage = ({ logId }: { logId: string }) => {
  const { t } = useTranslation('patrol')
  const canWrite = useCan('patrol:write')
  const query = usePatrolLog(logId)
  const [modal, setModal] = useState<TFollowUpModal | null>(null)
  const [editing, setEditing] = useState(false)
  const log = query.data
  const staff = (log?.members ?? [])
    .filter((m) => m.kind === 'user')
    .map((m) => ({ id: m.id, name: m.name }))
  return (
    <div className="patrol-log-page">
      <PageBreadcrumb
        parent={paths.patrolLogs}
        current={log ? `${log.date} ${log.team.name}` : undefined}
      />
      {query.isPending ? (
        <PageLoading />
      ) : query.isError ? (
        <ProblemAlert error={query.error} onReload={() => void query.refetch()} />
      ) : (
        <>
          <Space wrap style={{ width: '100%', justifyContent: 'space-between', marginBottom: 12 }}>
            <Typography.Title level={3} style={{ margin: 0 }}>
              {log!.date} {log!.team.name}
            </Typography.Title>
            <Space wrap className="patrol-log-actions">
              {canWrite && !editing && (
                <Button icon={<EditOutlined aria-hidden />} onClick={() => setEditing(true)}>
                  {t('logs.edit')}
                </Button>
              )}
              <Button icon={<PrinterOutlined aria-hidden />} onClick={() => window.print()}>
                {t('logs.print')}
              </Button>
            </Space>
          </Space>
          {editing ? (
            // Corrected in place: the header and the handover note (see LogForm).
            <LogForm key={log!.version} log={log!} onDone={() => setEditing(false)} />
          ) : (
            <Header log={log!} />
          )}
          <Card size="small" title={t('logs.plan')} style={{ marginTop: 16 }}>
            <PatrolLogPlan log={log!} />
          </Card>
          <Card size="small" title={t('logs.findings')} style={{ marginTop: 16 }}>
            <PatrolLogFindings
              log={log!}
              onFollowUp={
                canWrite
                  ? (findingId, label) => setModal({ kind: 'open', findingId, label, staff })
                  : undefined
              }
            />
          </Card>
          <Card size="small" title={t('logs.followUps')} style={{ marginTop: 16 }}>
            <LogFollowUps
              logId={logId}
              onClose={canWrite ? (followUp) => setModal({ kind: 'close', followUp }) : undefined}
            />
          </Card>
          <Card size="small" title={t('logs.handover')} style={{ marginTop: 16 }}>
            <div style={{ whiteSpace: 'pre-wrap' }}>
              {log!.handoverNote ?? t('logs.noHandover')}
            </div>
          </Card>
          <FollowUpModal modal={modal} onClose={() => setModal(null)} />
        </>
      )}
    </div>
  )
}
