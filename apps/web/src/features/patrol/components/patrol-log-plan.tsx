import { Table, Tag, Typography } from 'antd'
import { checkpointVisitResultLabels } from '@cr/shared/patrol/patrol-codes'
import type { TPatrolLog } from '@cr/shared/patrol/patrol-log'
import { useTranslation } from 'react-i18next'
import { pickLabel } from '@/lib/language'

type TPoint = NonNullable<TPatrolLog['score']>['points'][number]
const resultColors = {
  on_time: 'success',
  early: 'processing',
  late: 'warning',
  missed: 'error',
} as const

/** `2026-03-01T20:12` → `20:12` (the day shows when the patrol crossed midnight). */
const clockOf = (local: string | null, date: string) =>
  local === null
    ? '—'
    : local.slice(0, 10) === date
      ? local.slice(11, 16)
      : local.slice(5, 16).replace('T', ' ')

/** 计划与实际: each checkpoint expected, scanned, the result and how far off the plan. */
export const PatrolLogPlan = ({ log }: { log: TPatrolLog }) => {
  const { t, i18n } = useTranslation('patrol')
  if (!log.score) return <Typography.Text type="secondary">{t('logs.noPlan')}</Typography.Text>
  const offset = (seconds: number | null) => {
    if (seconds === null) return '—'
    const minutes = Math.round(seconds / 60)
    return t('logs.offsetMinutes', { sign: minutes > 0 ? '+' : '', count: minutes })
  }
  return (
    <Table<TPoint>
      size="small"
      pagination={false}
      rowKey={(p) => p.checkpoint.id}
      dataSource={log.score.points}
      scroll={{ x: 'max-content' }}
      columns={[
        { key: 'checkpoint', title: t('logs.checkpoint'), render: (_, p) => p.checkpoint.name },
        {
          key: 'expected',
          title: t('logs.expected'),
          render: (_, p) => clockOf(p.expectedAt, log.date),
        },
        {
          key: 'scanned',
          title: t('logs.scanned'),
          render: (_, p) => clockOf(p.scannedAt, log.date),
        },
        {
          key: 'result',
          title: t('logs.result'),
          render: (_, p) => (
            <Tag color={resultColors[p.result]}>
              {pickLabel(checkpointVisitResultLabels[p.result], i18n.language)}
            </Tag>
          ),
        },
        { key: 'offset', title: t('logs.offset'), render: (_, p) => offset(p.offsetSeconds) },
      ]}
    />
  )
}
