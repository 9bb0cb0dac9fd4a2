import type { TFigureUnit } from '@cr/shared/statistics/statistics'
import { useTranslation } from 'react-i18next'
import { formatFigureNumber, hasUnitWord } from './figure-format'

/** A figure's number with its unit word (1,234.56 元), or 未录入 — never 0 for "nothing yet". */
export const FigureValue = ({ value, unit }: { value: number | null; unit: TFigureUnit }) => {
  const { t } = useTranslation('statistics')
  if (value === null) return <span className="figure-not-recorded">{t('notRecorded')}</span>
  return (
    <>
      {formatFigureNumber(value, unit)}
      {hasUnitWord(unit) && <span className="figure-unit"> {t(`units.${unit}`)}</span>}
    </>
  )
}

/** The number as plain text, for a chart's label or an accessible name. */
export const useFigureText = () => {
  const { t } = useTranslation('statistics')
  return (value: number | null, unit: TFigureUnit) =>
    value === null
      ? t('notRecorded')
      : `${formatFigureNumber(value, unit)}${hasUnitWord(unit) ? ` ${t(`units.${unit}`)}` : ''}`
}
