import type { TFigureEntry } from '../figure-entry.ts'

/** The co-building module's figures (共驻共建; see `../figure-catalog.ts`). */
export const coBuildingFigures: readonly TFigureEntry[] = [
  {
    key: 'co-building.units',
    module: 'co-building',
    unit: 'count',
    label: { zh: '共建单位', en: 'Co-building units' },
  },
  {
    key: 'co-building.agreements',
    module: 'co-building',
    unit: 'count',
    label: { zh: '有效共建协议', en: 'Agreements in force' },
  },
  {
    key: 'co-building.activities',
    module: 'co-building',
    unit: 'count',
    label: { zh: '共建活动', en: 'Joint activities' },
    of: { zh: '共建单位', en: 'Unit' },
    period: true,
  },
]
