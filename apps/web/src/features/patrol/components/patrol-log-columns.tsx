import { Link } from '@tanstack/react-router'
import { Typography, type TableColumnsType } from 'antd'
import type { TPatrolLog } from '@cr/shared/patrol/patrol-log'
import type { TFunction } from 'i18next'
import { recordPaths } from '@/config/paths'
import { LogFindings, LogOutcome, logTimeText } from './patrol-log-cells'

type TOptions = { t: TFunction<'patrol'>; lang: string }

/** The register's columns, as the paper 巡逻登记簿 has them, plus plan against actual. */
export const buildPatrolLogColumns = ({ t, lang }: TOptions): TableColumnsType<TPatrolLog> => [
  {
    key: 'date',
    title: t('logs.date'),
    width: 110,
    render: (_, log) => (
      <Link to={recordPaths.patrolLog} params={{ logId: log.id }}>
        {log.date}
      </Link>
    ),
  },
  { key: 'time', title: t('logs.time'), width: 130, render: (_, log) => logTimeText(log, t) },
  { key: 'team', title: t('logs.team'), width: 120, render: (_, log) => log.team.name },
  { key: 'leader', title: t('logs.leader'), width: 80, render: (_, log) => log.leader.name },
  {
    key: 'members',
    title: t('logs.members'),
    width: 160,
    render: (_, log) => (
      <Typography.Text ellipsis={{ tooltip: true }} style={{ maxWidth: 150 }}>
        {log.members.map((m) => m.name).join('、')}
      </Typography.Text>
    ),
  },
  {
    key: 'route',
    title: t('logs.route'),
    width: 110,
    render: (_, log) => log.route?.name ?? t('logs.noRoute'),
  },
  {
    key: 'outcome',
    title: t('logs.outcome'),
    width: 150,
    render: (_, log) => <LogOutcome log={log} t={t} lang={lang} />,
  },
  {
    key: 'findings',
    title: t('logs.findings'),
    render: (_, log) => <LogFindings log={log} t={t} lang={lang} />,
  },
  {
    key: 'openFollowUps',
    title: t('logs.openFollowUps'),
    width: 96,
    align: 'right',
    render: (_, log) =>
      log.openFollowUps > 0 ? (
        <Typography.Text type="warning">{log.openFollowUps}</Typography.Text>
      ) : (
        '—'
      ),
  },
]
