import { TeamOutlined } from '@ant-design/icons'
import { Button, Card, Pagination, Segmented, Space, Table, Tag, Tooltip } from 'antd'
import {
  patrolTeamKindLabels,
  type TPatrolTeam,
  type TPatrolTeamKind,
} from '@cr/shared/patrol/patrol-team'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { CommitteeFilter } from '@/components/committee-select/committee-filter'
import { ProblemAlert } from '@/components/errors/problem-alert'
import { DeleteButton } from '@/components/ui/delete-button'
import { PageHeader } from '@/components/ui/page-header'
import { useCan } from '@/lib/auth'
import { feedback } from '@/lib/feedback'
import { useDeletePatrolTeam, usePatrolTeams } from '../api/patrol-teams'
import { MembersModal } from './members-modal'
import { TeamFormModal } from './team-form'

const size = 20

/** 巡逻队伍: the patrol teams and building leaders' groups, their leader and members. */
export const PatrolTeamsPage = () => {
  const { t, i18n } = useTranslation('patrol')
  const lang = i18n.language.startsWith('en') ? 'en' : 'zh'
  const canWrite = useCan('patrol:write')
  const [committeeId, setCommitteeId] = useState<string | undefined>()
  const [kind, setKind] = useState<TPatrolTeamKind | 'all'>('all')
  const [page, setPage] = useState(1)
  const query = usePatrolTeams({
    committeeId,
    kind: kind === 'all' ? undefined : kind,
    page,
    size,
  })
  const [editing, setEditing] = useState<{ team?: TPatrolTeam } | null>(null)
  const [membersOf, setMembersOf] = useState<string | undefined>()
  const remove = useDeletePatrolTeam()
  const teams = query.data?.items ?? []
  const columns = [
    { title: t('teams.name'), dataIndex: 'name' },
    {
      title: t('teams.kind'),
      dataIndex: 'kind',
      render: (k: TPatrolTeamKind) => (
        <Tag color={k === 'team' ? 'blue' : 'purple'}>{patrolTeamKindLabels[k][lang]}</Tag>
      ),
    },
    { title: t('teams.committee'), dataIndex: ['committee', 'name'] },
    {
      title: t('teams.leader'),
      dataIndex: 'leader',
      render: (leader: TPatrolTeam['leader']) =>
        leader?.name ?? <span className="text-secondary">{t('teams.noLeader')}</span>,
    },
    {
      title: t('teams.members'),
      key: 'members',
      render: (_: unknown, team: TPatrolTeam) => (
        <Space size={4} wrap>
          <span>
            {team.members
              .filter((m) => m.current)
              .map((m) => m.name)
              .join('、') || '—'}
          </span>
          {team.warnings.length > 0 && (
            <Tooltip title={t('teams.tooSmall')}>
              <Tag color="warning">{t('teams.count', { count: team.currentCount })}</Tag>
            </Tooltip>
          )}
        </Space>
      ),
    },
    {
      title: '',
      key: 'actions',
      render: (_: unknown, team: TPatrolTeam) => (
        <Space size={0} wrap>
          <Button
            type="link"
            onClick={() => setMembersOf(team.id)}
            aria-label={`${t('teams.manage')} ${team.name}`}
          >
            {t('teams.manage')}
          </Button>
          {canWrite && (
            <>
              <Button
                type="link"
                onClick={() => setEditing({ team })}
                aria-label={`${t('teams.edit')} ${team.name}`}
              >
                {t('teams.edit')}
              </Button>
              <DeleteButton
                name={team.name}
                loading={remove.isPending}
                onConfirm={() =>
                  remove.mutate(
                    { id: team.id, version: team.version },
                    { onSuccess: () => feedback.success(t('teams.deleted')) },
                  )
                }
              />
            </>
          )}
        </Space>
      ),
    },
  ]
  return (
    <>
      <PageHeader
        title={t('teams.title')}
        description={t('teams.description')}
        actions={
          canWrite && (
            <Button
              type="primary"
              icon={<TeamOutlined aria-hidden />}
              onClick={() => setEditing({})}
            >
              {t('teams.create')}
            </Button>
          )
        }
      />
      <Space wrap style={{ marginBottom: 12 }}>
        <CommitteeFilter
          label={t('teams.committee')}
          value={committeeId}
          onChange={(v) => (setCommitteeId(v), setPage(1))}
        />
        <Segmented
          aria-label={t('teams.filterKind')}
          value={kind}
          onChange={(v) => (setKind(v as TPatrolTeamKind | 'all'), setPage(1))}
          options={[
            { value: 'all', label: t('teams.allKinds') },
            { value: 'team', label: patrolTeamKindLabels.team[lang] },
            { value: 'building_group', label: patrolTeamKindLabels.building_group[lang] },
          ]}
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
            dataSource={teams}
            loading={query.isPending}
            pagination={false}
            scroll={{ x: 'max-content' }}
            locale={{ emptyText: t('teams.empty') }}
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
      <TeamFormModal
        open={editing !== null}
        team={editing?.team}
        onClose={() => setEditing(null)}
      />
      <MembersModal
        team={teams.find((x) => x.id === membersOf)}
        onClose={() => setMembersOf(undefined)}
      />
    </>
  )
}
