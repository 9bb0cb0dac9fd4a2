import { PrinterOutlined } from '@ant-design/icons'
import { Card, Space, Table, Typography } from 'antd'
import type { TPatrolFigureCounts, TPatrolFiguresAnswer } from '@cr/shared/patrol/patrol-figures'
import { patrolTeamKindLabels } from '@cr/shared/patrol/patrol-codes'
import dayjs from '@/lib/dayjs'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { CommitteeFilter } from '@/components/committee-select/committee-filter'
import { ProblemAlert } from '@/components/errors/problem-alert'
import { ButtonLink } from '@/components/ui/button-link'
import { MonthInput } from '@/components/ui/month-input'
import { PageHeader } from '@/components/ui/page-header'
import { paths } from '@/config/paths'
import { usePatrolFigures } from '../api/patrol-figures'
import { figureColumns } from './patrol-figures-columns'

type TTeamRow = TPatrolFiguresAnswer['byTeam'][number]
type TMemberRow = TPatrolFiguresAnswer['byMember'][number]

/**
 * 巡逻统计: a month's patrols per team or group (and in total), then per member — patrols logged,
 * hours, checkpoint coverage, findings by type, 盘查, and the roster against the logs (done,
 * partly done, not done, not patrolled). The printed monthly report is the same figures.
 */
export const PatrolFiguresPage = ({ initialMonth }: { initialMonth?: string }) => {
  const { t, i18n } = useTranslation('patrol')
  const [month, setMonth] = useState(initialMonth ?? dayjs().format('YYYY-MM'))
  const [committeeId, setCommitteeId] = useState<string | undefined>()
  const query = usePatrolFigures({ month, committeeId })
  const zh = i18n.language.startsWith('zh')
  const counts = figureColumns((k) => t(`figures.${k}`), i18n.language).map((c) => ({
    title: c.title,
    key: c.key,
    align: 'right' as const,
    render: (_: unknown, row: TPatrolFigureCounts) => c.value(row),
  }))
  const teamRows: (TTeamRow | (TPatrolFigureCounts & { total: true }))[] = query.data
    ? [
        ...query.data.byTeam,
        ...(query.data.byTeam.length > 1 ? [{ ...query.data.total, total: true as const }] : []),
      ]
    : []
  return (
    <>
      <PageHeader
        title={t('figures.title')}
        description={t('figures.description')}
        actions={
          <ButtonLink
            to={paths.patrolFiguresPrint}
            search={{ month, committeeId }}
            icon={<PrinterOutlined aria-hidden />}
          >
            {t('figures.print')}
          </ButtonLink>
        }
      />
      <Space wrap style={{ marginBottom: 12 }}>
        <MonthInput
          aria-label={t('figures.month')}
          value={month}
          onChange={(m) => m && setMonth(m)}
        />
        <CommitteeFilter
          label={t('figures.committee')}
          value={committeeId}
          onChange={setCommitteeId}
        />
      </Space>
      {query.isError ? (
        <ProblemAlert error={query.error} onReload={() => void query.refetch()} />
      ) : (
        <Space direction="vertical" size="middle" style={{ width: '100%' }}>
          <Card size="small" title={t('figures.byTeam')}>
            <Table
              size="small"
              rowKey={(r) => ('team' in r ? r.team.id : 'total')}
              dataSource={teamRows}
              loading={query.isPending}
              pagination={false}
              scroll={{ x: 'max-content' }}
              locale={{ emptyText: t('figures.empty') }}
              columns={[
                {
                  title: t('figures.team'),
                  key: 'team',
                  fixed: 'left',
                  render: (_: unknown, r) =>
                    'team' in r ? (
                      <>
                        {r.team.name}{' '}
                        <Typography.Text type="secondary">
                          {zh
                            ? patrolTeamKindLabels[r.team.kind].zh
                            : patrolTeamKindLabels[r.team.kind].en}
                        </Typography.Text>
                      </>
                    ) : (
                      <strong>{t('figures.total')}</strong>
                    ),
                },
                ...counts,
              ]}
            />
          </Card>
          <Card size="small" title={t('figures.byMember')}>
            <Table<TMemberRow>
              size="small"
              rowKey={(r) => r.member.id}
              dataSource={query.data?.byMember ?? []}
              loading={query.isPending}
              pagination={false}
              scroll={{ x: 'max-content' }}
              locale={{ emptyText: t('figures.empty') }}
              columns={[
                {
                  title: t('figures.member'),
                  key: 'member',
                  fixed: 'left',
                  render: (_: unknown, r) => r.member.name,
                },
                ...counts.filter((c) => !['planned', 'notPatrolled'].includes(c.key)),
              ]}
            />
          </Card>
        </Space>
      )}
    </>
  )
}
