import type { TFigureEntry } from '../figure-entry.ts'

/** The rentals module's figures (出租房屋和暂住人口; see `../figure-catalog.ts`). */
export const rentalsFigures: readonly TFigureEntry[] = [
  {
    key: 'rentals.properties',
    module: 'rentals',
    unit: 'count',
    label: { zh: '出租房屋', en: 'Rental properties' },
    of: { zh: '用途', en: 'Use' },
  },
  {
    key: 'rentals.contracts',
    module: 'rentals',
    unit: 'count',
    label: { zh: '有效治安责任书', en: 'Contracts in force' },
    of: { zh: '状态', en: 'Status' },
  },
  {
    key: 'rentals.contracts-signed',
    module: 'rentals',
    unit: 'count',
    label: { zh: '新签治安责任书', en: 'Contracts signed' },
    period: true,
  },
  {
    key: 'rentals.temporary-residents',
    module: 'rentals',
    unit: 'count',
    label: { zh: '暂住人口', en: 'Temporary residents' },
    of: { zh: '暂住事由', en: 'Reason' },
  },
  {
    key: 'rentals.temporary-registered',
    module: 'rentals',
    unit: 'count',
    label: { zh: '暂住登记', en: 'Registrations made' },
    of: { zh: '登记情况', en: 'Timeliness' },
    period: true,
  },
  {
    key: 'rentals.registration-rate',
    module: 'rentals',
    unit: 'per-mille',
    label: { zh: '按时登记率', en: 'On-time registration rate' },
    of: { zh: '登记情况', en: 'Timeliness' },
    period: true,
  },
]
