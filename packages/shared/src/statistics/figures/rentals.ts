import type { TFigureEntry } from '../figure-entry.ts'

/** The rentals module's figures (see `../figure-catalog.ts`). */
export const rentalsFigures: readonly TFigureEntry[] = []
