import type { TFigureEntry } from '../figure-entry.ts'

/** The subsidies module's figures (社会保障（低保）; see `../figure-catalog.ts`). */
export const subsidiesFigures: readonly TFigureEntry[] = [
  {
    key: 'subsidies.households',
    module: 'subsidies',
    unit: 'count',
    label: { zh: '低保户', en: 'Households on 低保' },
    of: { zh: '致贫原因', en: 'Reason for hardship' },
  },
  {
    key: 'subsidies.people',
    module: 'subsidies',
    unit: 'count',
    label: { zh: '低保人数', en: 'People covered' },
    of: { zh: '致贫原因', en: 'Reason for hardship' },
  },
  {
    key: 'subsidies.payout',
    module: 'subsidies',
    unit: 'fen',
    label: { zh: '低保金发放', en: '低保 paid out' },
    of: { zh: '月份', en: 'Month' },
    period: true,
  },
]
