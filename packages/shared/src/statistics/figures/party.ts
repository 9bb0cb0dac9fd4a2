import type { TFigureEntry } from '../figure-entry.ts'

/** The party module's figures (see `../figure-catalog.ts`). */
export const partyFigures: readonly TFigureEntry[] = []
