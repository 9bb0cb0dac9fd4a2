import { coBuildingFigureSource } from './modules/co-building/co-building.figures.ts'
import { partyFigureSource } from './modules/party-members/party.figures.ts'
import { patrolFigureSource } from './modules/patrol/patrol.figures.ts'
import { rentalsFigureSource } from './modules/rentals/rentals.figures.ts'
import { registryFigureSource } from './modules/residents/registry.figures.ts'
import { subsidiesFigureSource } from './modules/subsidies/subsidies.figures.ts'
import type { TFigureSource } from './modules/statistics/figure-source.ts'

/**
 * The modules' figures (`modules/statistics/figure-source.ts`), in the report's order. A record
 * module keeps its source in `modules/<module>/<module>.figures.ts` and adds one line here, as it
 * adds one to `routes.ts` and `ledger-types.ts`.
 */
export const figureSources: readonly TFigureSource[] = [
  partyFigureSource,
  registryFigureSource,
  rentalsFigureSource,
  subsidiesFigureSource,
  patrolFigureSource,
  coBuildingFigureSource,
]
