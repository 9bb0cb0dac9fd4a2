import type { TFigureEntry } from '../figure-entry.ts'

/** The subsidies module's figures (see `../figure-catalog.ts`). */
export const subsidiesFigures: readonly TFigureEntry[] = []
