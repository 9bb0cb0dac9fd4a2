import { incidentTypeLabels, incidentTypes } from '@cr/shared/patrol/patrol-codes'
import type { TPatrolFigureCounts } from '@cr/shared/patrol/patrol-figures'

/**
 * The columns of the figures tables, for the page and the printed report alike: patrols, hours,
 * coverage, findings by type, 盘查, and the roster against the logs.
 */
export type TFigureColumn = {
  key: string
  title: string
  value: (c: TPatrolFigureCounts) => string | number
}

/** Hours with one decimal (`6.5`); minutes are what the API counts. */
export const hoursOf = (minutes: number) => (Math.round(minutes / 6) / 10).toFixed(1)

export const coverageOf = (perMille: number | null) =>
  perMille === null ? '—' : `${(perMille / 10).toFixed(1)}%`

type TLabelKey =
  | 'logs'
  | 'hours'
  | 'coverage'
  | 'questionings'
  | 'planned'
  | 'done'
  | 'partlyDone'
  | 'notDone'
  | 'notPatrolled'

/** `label` gives the heading of a `figures.*` key in the caller's namespace. */
export const figureColumns = (
  label: (key: TLabelKey) => string,
  language: string,
): TFigureColumn[] => {
  const t = (key: `figures.${TLabelKey}`) => label(key.slice(8) as TLabelKey)
  const zh = language.startsWith('zh')
  return [
    { key: 'logs', title: t('figures.logs'), value: (c) => c.logs },
    { key: 'hours', title: t('figures.hours'), value: (c) => hoursOf(c.minutes) },
    { key: 'coverage', title: t('figures.coverage'), value: (c) => coverageOf(c.coveragePerMille) },
    ...incidentTypes.map((type) => ({
      key: type,
      title: zh ? incidentTypeLabels[type].zh : incidentTypeLabels[type].en,
      value: (c: TPatrolFigureCounts) => c.incidents[type],
    })),
    { key: 'questionings', title: t('figures.questionings'), value: (c) => c.questionings },
    { key: 'planned', title: t('figures.planned'), value: (c) => c.planned },
    { key: 'done', title: t('figures.done'), value: (c) => c.done },
    { key: 'partlyDone', title: t('figures.partlyDone'), value: (c) => c.partlyDone },
    {
      key: 'notDone',
      title: t('figures.notDone'),
      value: (c) => c.notDone - c.notPatrolled,
    },
    { key: 'notPatrolled', title: t('figures.notPatrolled'), value: (c) => c.notPatrolled },
  ]
}
