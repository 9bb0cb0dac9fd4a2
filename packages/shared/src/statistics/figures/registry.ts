import type { TFigureEntry } from '../figure-entry.ts'

/** The registry's figures (以房管人; see `../figure-catalog.ts`). */
export const registryFigures: readonly TFigureEntry[] = [
  {
    key: 'registry.buildings',
    module: 'registry',
    unit: 'count',
    label: { zh: '楼栋', en: 'Buildings' },
    of: { zh: '居委会', en: 'Committee' },
  },
]
