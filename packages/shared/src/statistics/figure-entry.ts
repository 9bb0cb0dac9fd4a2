import type { TFigureModule, TFigureUnit } from './statistics.ts'

/**
 * One figure of the catalog: its key, module and unit, and its name in both languages (the
 * dashboard, the annual report's .docx and the API's `label` read it here). `of` says what a
 * breakdown's parts are, for the column heading of a table of them.
 */
export type TFigureEntry = {
  key: `${TFigureModule}.${string}`
  module: TFigureModule
  unit: TFigureUnit
  label: { zh: string; en: string }
  /** What the figure's parts are (支部, 居委会, 类型), when it has a breakdown. */
  of?: { zh: string; en: string }
  /** A figure about the period (`from`…`asOf`) rather than a state on `asOf`. */
  period?: boolean
}
