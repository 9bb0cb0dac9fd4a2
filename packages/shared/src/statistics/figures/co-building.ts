import type { TFigureEntry } from '../figure-entry.ts'

/** The co-building module's figures (see `../figure-catalog.ts`). */
export const coBuildingFigures: readonly TFigureEntry[] = []
