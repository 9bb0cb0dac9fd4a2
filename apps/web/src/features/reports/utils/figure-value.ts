import type { TFigureUnit } from '@cr/shared/statistics/statistics'

/**
 * A figure's number as the page shows it, with its unit: 元 from 分, hours from minutes, % from
 * ‰; a null figure (the module holds no records) is 未录入, never 0.
 */
export const figureText = (
  value: number | null,
  unit: TFigureUnit,
  words: { notRecorded: string; yuan: string; hours: string },
  locale: string,
): string => {
  if (value === null) return words.notRecorded
  switch (unit) {
    case 'fen':
      return `${(value / 100).toLocaleString(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 })} ${words.yuan}`
    case 'minutes':
      return `${(Math.round((value / 60) * 10) / 10).toLocaleString(locale)} ${words.hours}`
    case 'per-mille':
      return `${(value / 10).toLocaleString(locale, { maximumFractionDigits: 1 })}%`
    default:
      return value.toLocaleString(locale)
  }
}
