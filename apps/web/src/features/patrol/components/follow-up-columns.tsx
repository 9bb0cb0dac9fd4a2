import { Link } from '@tanstack/react-router'
import { Button, Tag, Typography, type TableColumnsType } from 'antd'
import { incidentTypeLabels } from '@cr/shared/patrol/patrol-codes'
import { followUpStateLabels, type TPatrolFollowUp } from '@cr/shared/patrol/patrol-follow-up'
import type { TFunction } from 'i18next'
import { recordPaths } from '@/config/paths'
import { pickLabel } from '@/lib/language'

const stateColors = { open: 'processing', overdue: 'error', closed: 'default' } as const

export const FollowUpStateTag = ({
  state,
  lang,
}: {
  state: TPatrolFollowUp['state']
  lang: string
}) => <Tag color={stateColors[state]}>{pickLabel(followUpStateLabels[state], lang)}</Tag>

/** What the finding was: its incident type (or 盘查) and its text. */
export const findingText = (f: TPatrolFollowUp['finding'], t: TFunction<'patrol'>, lang: string) =>
  `${f.type ? pickLabel(incidentTypeLabels[f.type], lang) : t('followUps.questioning')}：${f.text}`

type TOptions = {
  t: TFunction<'patrol'>
  lang: string
  /** 办结, for those who may write. */
  onClose?: (f: TPatrolFollowUp) => void
  /** Leave the log column out (on the log's own page). */
  withLog?: boolean
}

/** Follow-ups: the log, the finding, owner, dates and state — an overdue one in red. */
export const buildFollowUpColumns = ({
  t,
  lang,
  onClose,
  withLog = true,
}: TOptions): TableColumnsType<TPatrolFollowUp> => [
  ...(withLog
    ? [
        {
          key: 'log',
          title: t('followUps.log'),
          width: 170,
          render: (_: unknown, f: TPatrolFollowUp) => (
            <Link to={recordPaths.patrolLog} params={{ logId: f.log.id }}>
              {f.log.name}
            </Link>
          ),
        },
      ]
    : []),
  {
    key: 'finding',
    title: t('followUps.finding'),
    render: (_, f) => findingText(f.finding, t, lang),
  },
  { key: 'owner', title: t('followUps.owner'), width: 100, render: (_, f) => f.owner.name },
  { key: 'openedOn', title: t('followUps.openedOn'), width: 110, dataIndex: 'openedOn' },
  {
    key: 'dueOn',
    title: t('followUps.dueOn'),
    width: 110,
    render: (_, f) =>
      f.state === 'overdue' ? <Typography.Text type="danger">{f.dueOn}</Typography.Text> : f.dueOn,
  },
  {
    key: 'state',
    title: t('followUps.state'),
    width: 90,
    render: (_, f) => <FollowUpStateTag state={f.state} lang={lang} />,
  },
  {
    key: 'closed',
    title: t('followUps.remarks'),
    render: (_, f) => (f.closedOn ? `${f.closedOn} ${f.closingNote ?? ''}` : (f.note ?? '')),
  },
  ...(onClose
    ? [
        {
          key: 'actions',
          title: t('followUps.actions'),
          width: 80,
          render: (_: unknown, f: TPatrolFollowUp) =>
            f.state !== 'closed' && (
              <Button size="small" onClick={() => onClose(f)}>
                {t('followUps.close')}
              </Button>
            ),
        },
      ]
    : []),
]
