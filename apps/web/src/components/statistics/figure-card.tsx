import { ArrowDownOutlined, ArrowUpOutlined } from '@ant-design/icons'
import type { TFigure } from '@cr/shared/statistics/statistics'
import { Link } from '@tanstack/react-router'
import { Card } from 'antd'
import { useTranslation } from 'react-i18next'
import { formatFigureChange, formatFigureNumber, hasUnitWord } from './figure-format'
import { figureLink } from './figure-link'
import { FigureValue } from './figure-value'
import './figure-card.css'

type TProps = {
  figure: TFigure
  /** The same figure's value at the previous period's end; undefined while not compared. */
  previous?: number | null
  /** The day and period the figure is of, and the committee: the drill-down shows the same. */
  period: { asOf: string; from: string; committeeId?: string }
  /** How many of the breakdown's parts to list (each a link to its rows); 0 for none. */
  parts?: number
}

/**
 * One figure as a card: its name and number as one link to the records that make it up, the
 * change from the previous period, and the largest parts of its breakdown, each a link too.
 */
export const FigureCard = ({ figure, previous, period, parts = 0 }: TProps) => {
  const { t } = useTranslation('statistics')
  const change = formatFigureChange(figure.value, previous, figure.unit)
  const unitWord = hasUnitWord(figure.unit) ? ` ${t(`units.${figure.unit}`)}` : ''
  const shown = figure.parts.slice(0, parts)
  const hidden = figure.parts.length - shown.length
  const number = (
    <span className="figure-card-value">
      <FigureValue value={figure.value} unit={figure.unit} />
    </span>
  )
  return (
    <Card size="small" className="figure-card">
      {figure.drillable ? (
        <Link className="figure-card-link" {...figureLink(figure.key, period)}>
          <span className="figure-card-label">{figure.label}</span> {number}
        </Link>
      ) : (
        <div className="figure-card-link">
          <span className="figure-card-label">{figure.label}</span> {number}
        </div>
      )}
      {change && (
        <div className={`figure-card-change figure-card-change-${change.direction}`}>
          {change.direction === 'up' && <ArrowUpOutlined aria-hidden />}
          {change.direction === 'down' && <ArrowDownOutlined aria-hidden />}{' '}
          {t(`change.${change.direction}`, { text: `${change.text}${unitWord}` })}
        </div>
      )}
      {shown.length > 0 && (
        <ul
          className="figure-card-parts"
          aria-label={t('dashboard.partsOf', { label: figure.label })}
        >
          {shown.map((part) => (
            <li key={part.key}>
              <Link {...figureLink(figure.key, { ...period, part: part.key })}>
                <span className="figure-card-part-label">{part.label}</span>
                <span className="figure-card-part-value">
                  {formatFigureNumber(part.value, figure.unit)}
                </span>
              </Link>
            </li>
          ))}
          {hidden > 0 && (
            <li className="text-secondary">{t('dashboard.moreParts', { count: hidden })}</li>
          )}
        </ul>
      )}
    </Card>
  )
}
