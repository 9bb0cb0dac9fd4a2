import type { TFigureEntry } from '../figure-entry.ts'

/** The patrol module's figures (see `../figure-catalog.ts`). */
export const patrolFigures: readonly TFigureEntry[] = []
