import { Space, Tag } from 'antd'
import { incidentTypeLabels, patrolOutcomeLabels } from '@cr/shared/patrol/patrol-codes'
import type { TPatrolLog } from '@cr/shared/patrol/patrol-log'
import type { TFunction } from 'i18next'
import { pickLabel } from '@/lib/language'

/** 20:00–次日02:00, or 20:00– while under way. */
export const logTimeText = (log: TPatrolLog, t: TFunction<'patrol'>) =>
  log.end === null
    ? `${log.start}–`
    : `${log.start}–${log.endsNextDay ? t('logs.nextDay') : ''}${log.end}`

const outcomeColors = { done: 'success', partly_done: 'warning', not_done: 'error' } as const

/** 完成情况: done / partly / not done with the checkpoints visited of those planned. */
export const LogOutcome = ({
  log,
  t,
  lang,
}: {
  log: TPatrolLog
  t: TFunction<'patrol'>
  lang: string
}) => {
  if (!log.score) return <span>{log.end === null ? t('logs.underway') : t('logs.noRoute')}</span>
  return (
    <Space size={4} wrap>
      <Tag color={outcomeColors[log.score.outcome]}>
        {pickLabel(patrolOutcomeLabels[log.score.outcome], lang)}
      </Tag>
      <span>{t('logs.points', { visited: log.score.visited, planned: log.score.planned })}</span>
    </Space>
  )
}

/** 发现: incidents counted by type, and the 盘查; 无异常 when nothing was found. */
export const LogFindings = ({
  log,
  t,
  lang,
}: {
  log: TPatrolLog
  t: TFunction<'patrol'>
  lang: string
}) => {
  const byType = new Map<string, number>()
  for (const i of log.incidents) byType.set(i.type, (byType.get(i.type) ?? 0) + 1)
  if (byType.size === 0 && log.questionings.length === 0) return <span>{t('logs.noFindings')}</span>
  return (
    <Space size={4} wrap>
      {[...byType].map(([type, count]) => (
        <Tag key={type}>
          {pickLabel(incidentTypeLabels[type as keyof typeof incidentTypeLabels], lang)}
          {count > 1 ? ` ×${count}` : ''}
        </Tag>
      ))}
      {log.questionings.length > 0 && (
        <Tag color="purple">{t('logs.questioningCount', { count: log.questionings.length })}</Tag>
      )}
    </Space>
  )
}
