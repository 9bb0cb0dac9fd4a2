import type { TFigureEntry } from './figure-entry.ts'
import { coBuildingFigures } from './figures/co-building.ts'
import { partyFigures } from './figures/party.ts'
import { patrolFigures } from './figures/patrol.ts'
import { registryFigures } from './figures/registry.ts'
import { rentalsFigures } from './figures/rentals.ts'
import { subsidiesFigures } from './figures/subsidies.ts'

/**
 * Every figure the office's statistics know, module by module in the report's order. A module
 * lists its figures in `figures/<module>.ts`; the API computes each in the module's
 * `*.figures.ts` (`apps/api/src/figure-sources.ts`), and a test checks the two agree.
 */
export const figureCatalog: readonly TFigureEntry[] = [
  ...partyFigures,
  ...registryFigures,
  ...rentalsFigures,
  ...subsidiesFigures,
  ...patrolFigures,
  ...coBuildingFigures,
]

const byKey = new Map<string, TFigureEntry>(figureCatalog.map((entry) => [entry.key, entry]))

/** The catalog entry of a key, or undefined for a key no module defines. */
export const figureEntry = (key: string): TFigureEntry | undefined => byKey.get(key)
