import {
  findingHandlingStateLabels,
  incidentTypeLabels,
  questioningGroundLabels,
  questioningOutcomeLabels,
} from '@cr/shared/patrol/patrol-codes'
import type { TPatrolLog } from '@cr/shared/patrol/patrol-log'
import type { TExportColumn } from '../../exports/export-columns.ts'

/**
 * 巡逻登记簿, headed as offices keep the register (and as the register import reads it). A 盘查
 * shows who (a name or a description) and why — never an ID number, not even masked.
 */
const findings = (log: TPatrolLog) => {
  const lines = [
    ...log.incidents.map((i) => `${incidentTypeLabels[i.type].zh}：${i.text}`),
    ...log.questionings.map(
      (q) =>
        `盘查：${q.person.resident?.name ?? q.person.name ?? q.person.description ?? ''}（${q.grounds
          .map((g) => questioningGroundLabels[g].zh)
          .join('、')}）`,
    ),
  ]
  return lines.length ? lines.join('；') : '无异常'
}

const handling = (log: TPatrolLog) => {
  const lines = [
    ...log.incidents.map((i) => i.handlingText ?? findingHandlingStateLabels[i.handling].zh),
    ...log.questionings.map((q) =>
      [questioningOutcomeLabels[q.outcome].zh, q.handlingText].filter(Boolean).join('，'),
    ),
  ]
  return lines.length ? lines.join('；') : null
}

export const patrolLogExportColumns: readonly TExportColumn<TPatrolLog>[] = [
  { header: '日期', value: (l) => l.date },
  { header: '开始', value: (l) => l.start },
  { header: '结束', value: (l) => (l.end ? `${l.endsNextDay ? '次日' : ''}${l.end}` : null) },
  { header: '队/组', width: 16, value: (l) => l.team.name },
  { header: '带班人', value: (l) => l.leader.name },
  { header: '队员', width: 30, value: (l) => l.members.map((m) => m.name).join('、') },
  { header: '路线', width: 16, value: (l) => l.route?.name ?? null },
  { header: '发现情况', width: 40, value: findings },
  { header: '处理情况', width: 30, value: handling },
  { header: '交接班', width: 30, value: (l) => l.handoverNote },
]
