import type { TFigureEntry } from '../figure-entry.ts'

const committee = { zh: '居委会', en: 'Committee' }

/** The registry's figures (以房管人; see `../figure-catalog.ts`). */
export const registryFigures: readonly TFigureEntry[] = [
  {
    key: 'registry.buildings',
    module: 'registry',
    unit: 'count',
    label: { zh: '楼栋', en: 'Buildings' },
    of: committee,
  },
  {
    key: 'registry.dwellings',
    module: 'registry',
    unit: 'count',
    label: { zh: '房屋', en: 'Dwellings' },
    of: committee,
  },
  {
    key: 'registry.households',
    module: 'registry',
    unit: 'count',
    label: { zh: '户数', en: 'Households' },
    of: committee,
  },
  {
    key: 'registry.residents',
    module: 'registry',
    unit: 'count',
    label: { zh: '实有人口', en: 'Population' },
    of: committee,
  },
  {
    key: 'registry.residents.category',
    module: 'registry',
    unit: 'count',
    label: { zh: '实有人口（按人口类别）', en: 'Population by category' },
    of: { zh: '人口类别', en: 'Category' },
  },
  {
    key: 'registry.moves-in',
    module: 'registry',
    unit: 'count',
    label: { zh: '迁入', en: 'Moved in' },
    of: committee,
    period: true,
  },
  {
    key: 'registry.moves-out',
    module: 'registry',
    unit: 'count',
    label: { zh: '迁出、死亡等减少', en: 'Left (moved out, died …)' },
    of: { zh: '类型', en: 'Type' },
    period: true,
  },
]
