import type { TFigureEntry } from '../figure-entry.ts'

/** The patrol module's figures (社会治安; see `../figure-catalog.ts`). */
export const patrolFigures: readonly TFigureEntry[] = [
  {
    key: 'patrol.patrols',
    module: 'patrol',
    unit: 'count',
    label: { zh: '巡逻次数', en: 'Patrols' },
    of: { zh: '巡逻队', en: 'Team' },
    period: true,
  },
  {
    key: 'patrol.minutes',
    module: 'patrol',
    unit: 'minutes',
    label: { zh: '巡逻时长', en: 'Time on patrol' },
    of: { zh: '巡逻队', en: 'Team' },
    period: true,
  },
  {
    key: 'patrol.findings',
    module: 'patrol',
    unit: 'count',
    label: { zh: '发现情况', en: 'Findings' },
    of: { zh: '类型', en: 'Type' },
    period: true,
  },
  {
    key: 'patrol.follow-ups-open',
    module: 'patrol',
    unit: 'count',
    label: { zh: '未办结跟进事项', en: 'Open follow-ups' },
    of: { zh: '状态', en: 'State' },
  },
]
