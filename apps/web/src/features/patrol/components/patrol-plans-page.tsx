import { CalendarOutlined } from '@ant-design/icons'
import { Button, Card, Pagination, Space, Table } from 'antd'
import type { TPatrolPlan } from '@cr/shared/patrol/patrol-plan'
import { weekdayLabels } from '@cr/shared/patrol/patrol-roster'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { CommitteeFilter } from '@/components/committee-select/committee-filter'
import { ProblemAlert } from '@/components/errors/problem-alert'
import { DeleteButton } from '@/components/ui/delete-button'
import { PageHeader } from '@/components/ui/page-header'
import { useCan } from '@/lib/auth'
import { feedback } from '@/lib/feedback'
import { useDeletePatrolPlan, usePatrolPlans } from '../api/patrol-plans'
import { windowText } from '../utils/patrol-window'
import { PlanFormModal } from './plan-form'

const size = 20

/** 巡逻计划: who patrols where, on which days and hours; the roster is generated from these. */
export const PatrolPlansPage = () => {
  const { t, i18n } = useTranslation('patrol')
  const lang = i18n.language.startsWith('en') ? 'en' : 'zh'
  const canWrite = useCan('patrol:write')
  const [committeeId, setCommitteeId] = useState<string | undefined>()
  const [page, setPage] = useState(1)
  const [editing, setEditing] = useState<TPatrolPlan | 'new' | null>(null)
  const query = usePatrolPlans({ committeeId, page, size })
  const remove = useDeletePatrolPlan()
  const next = lang === 'en' ? 'next day ' : '次日'
  const daysText = (p: TPatrolPlan) =>
    p.days.kind === 'every_day'
      ? t('plans.everyDay')
      : p.days.kind === 'weekdays'
        ? p.days.weekdays.map((d) => weekdayLabels[d]![lang]).join('、')
        : p.days.dates.join('、')
  const columns = [
    { title: t('plans.team'), dataIndex: ['team', 'name'] },
    {
      title: t('plans.route'),
      key: 'route',
      render: (_: unknown, p: TPatrolPlan) => p.route?.name ?? t('plans.noRoute'),
    },
    { title: t('plans.days'), key: 'days', render: (_: unknown, p: TPatrolPlan) => daysText(p) },
    {
      title: t('plans.window'),
      key: 'window',
      render: (_: unknown, p: TPatrolPlan) => windowText(p, next),
    },
    {
      title: t('plans.period'),
      key: 'period',
      render: (_: unknown, p: TPatrolPlan) => `${p.from} ~ ${p.to ?? t('plans.open')}`,
    },
    { title: t('plans.committee'), dataIndex: ['committee', 'name'] },
    {
      title: '',
      key: 'actions',
      render: (_: unknown, p: TPatrolPlan) =>
        canWrite && (
          <Space size={0}>
            <Button type="link" size="small" onClick={() => setEditing(p)}>
              {t('plans.edit')}
            </Button>
            <DeleteButton
              name={t('plans.deleteName', { team: p.team.name, window: windowText(p, next) })}
              loading={remove.isPending}
              onConfirm={() =>
                remove.mutate(
                  { id: p.id, version: p.version },
                  { onSuccess: () => feedback.success(t('plans.deleted')) },
                )
              }
            />
          </Space>
        ),
    },
  ]
  return (
    <>
      <PageHeader
        title={t('plans.title')}
        description={t('plans.description')}
        actions={
          canWrite && (
            <Button
              type="primary"
              icon={<CalendarOutlined aria-hidden />}
              onClick={() => setEditing('new')}
            >
              {t('plans.create')}
            </Button>
          )
        }
      />
      <Space wrap style={{ marginBottom: 12 }}>
        <CommitteeFilter
          label={t('plans.committee')}
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
            locale={{ emptyText: t('plans.empty') }}
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
      <PlanFormModal
        open={editing !== null}
        plan={editing === 'new' || editing === null ? undefined : editing}
        onClose={() => setEditing(null)}
      />
    </>
  )
}
