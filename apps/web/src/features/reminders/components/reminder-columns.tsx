import { Button, Space, Tag, Tooltip, Typography, type TableColumnsType } from 'antd'
import {
  reminderModuleLabels,
  reminderSeverityLabels,
  reminderStateLabels,
  type TReminder,
  type TReminderSeverity,
} from '@cr/shared/reminders/reminder'
import type { TFunction } from 'i18next'
import { pickLabel } from '@/lib/language'
import { ReminderSubjectLink } from './reminder-subject-link'

const severityColor: Record<TReminderSeverity, string> = {
  high: 'red',
  medium: 'orange',
  low: 'blue',
}

type TOptions = {
  t: TFunction<'reminders'>
  lang: string
  today: string
  /** Absent without `reminder:write`: the actions column is left out. */
  onSnooze?: (reminder: TReminder) => void
  onReopen?: (reminder: TReminder) => void
}

/** 到期日, 严重程度, 事项 (linked to its record), 居委会, 状态, and 暂缓 / 恢复. */
export const buildReminderColumns = ({
  t,
  lang,
  today,
  onSnooze,
  onReopen,
}: TOptions): TableColumnsType<TReminder> => [
  {
    key: 'dueOn',
    title: t('columns.dueOn'),
    dataIndex: 'dueOn',
    width: 120,
    render: (dueOn: string | null) =>
      dueOn === null ? (
        t('noDue')
      ) : dueOn < today ? (
        <Space size={4} wrap>
          <Typography.Text type="danger">{dueOn}</Typography.Text>
          <Tag color="red">{t('overdue')}</Tag>
        </Space>
      ) : (
        dueOn
      ),
  },
  {
    key: 'severity',
    title: t('columns.severity'),
    dataIndex: 'severity',
    width: 100,
    render: (severity: TReminderSeverity) => (
      <Tag color={severityColor[severity]}>{pickLabel(reminderSeverityLabels[severity], lang)}</Tag>
    ),
  },
  {
    key: 'title',
    title: t('columns.title'),
    // On a phone the table scrolls sideways: the text wraps at this width instead of one long line.
    width: 300,
    render: (_: unknown, r: TReminder) => (
      <Space direction="vertical" size={0}>
        <ReminderSubjectLink subject={r.subject}>{r.title}</ReminderSubjectLink>
        <span className="text-secondary" style={{ fontSize: 12 }}>
          {pickLabel(reminderModuleLabels[r.module], lang)}
        </span>
      </Space>
    ),
  },
  {
    key: 'committee',
    title: t('columns.committee'),
    width: 140,
    render: (_: unknown, r: TReminder) => r.committee?.name ?? '—',
  },
  {
    key: 'state',
    title: t('columns.state'),
    width: 150,
    render: (_: unknown, r: TReminder) => {
      const tag = (
        <Tag color={r.state === 'open' ? 'gold' : 'default'}>
          {pickLabel(reminderStateLabels[r.state], lang)}
        </Tag>
      )
      const detail =
        r.state === 'snoozed'
          ? t('snoozedUntil', { date: r.snoozedUntil })
          : r.state === 'open' && r.snoozedUntil
            ? t('snoozeEnded', { date: r.snoozedUntil })
            : null
      const tip = [r.reason, r.handledBy ? t('handledBy', { name: r.handledBy }) : null]
        .filter(Boolean)
        .join(' · ')
      return (
        <Space direction="vertical" size={0}>
          {tip ? <Tooltip title={tip}>{tag}</Tooltip> : tag}
          {detail && (
            <span className="text-secondary" style={{ fontSize: 12 }}>
              {detail}
            </span>
          )}
        </Space>
      )
    },
  },
  ...(onSnooze && onReopen
    ? [
        {
          key: 'actions',
          title: t('columns.actions'),
          width: 110,
          render: (_: unknown, r: TReminder) => (
            <Space size={0}>
              {r.state !== 'snoozed' && (
                <Button
                  type="link"
                  size="small"
                  onClick={() => onSnooze(r)}
                  aria-label={`${t('snooze')}：${r.title}`}
                >
                  {t('snooze')}
                </Button>
              )}
              {r.state !== 'open' && (
                <Button
                  type="link"
                  size="small"
                  onClick={() => onReopen(r)}
                  aria-label={`${t('reopen')}：${r.title}`}
                >
                  {t('reopen')}
                </Button>
              )}
            </Space>
          ),
        },
      ]
    : []),
]
