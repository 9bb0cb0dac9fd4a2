import { RightOutlined } from '@ant-design/icons'
import type { TFigure, TStatistics } from '@cr/shared/statistics/statistics'
import { Link } from '@tanstack/react-router'
import { Card, Skeleton } from 'antd'
import { useTranslation } from 'react-i18next'
import { paths } from '@/config/paths'
import { FigureCard } from './figure-card'
import { inCatalogOrder, useStatistics } from './get-statistics'

/** The figures a supervisor looks at first, one or two a module, in this order. */
const keyFigureKeys = [
  'party.members',
  'registry.residents',
  'registry.households',
  'rentals.temporary-residents',
  'subsidies.households',
  'patrol.patrols',
  'co-building.units',
]

const maxShown = 6

/**
 * The key figures among those the API sends: the preferred ones the office has, else the first
 * figure of each module — so the row is never empty while any figure exists.
 */
export const pickKeyFigures = (statistics: TStatistics): TFigure[] => {
  const modules = inCatalogOrder(statistics.modules)
  const all = modules.flatMap((m) => m.figures)
  const preferred = keyFigureKeys.flatMap((key) => all.filter((f) => f.key === key))
  const picked = preferred.length > 0 ? preferred : modules.flatMap((m) => m.figures.slice(0, 1))
  return picked.slice(0, maxShown)
}

/**
 * The home page's row of key figures as of today, each a link to its records, and the way to
 * the dashboard. Only for users who may read the statistics (the caller checks).
 */
export const KeyFigures = () => {
  const { t } = useTranslation('statistics')
  const query = useStatistics({})
  const data = query.data
  const figures = data ? pickKeyFigures(data) : []
  if (query.isError || (data && figures.length === 0)) return null
  return (
    <Card
      size="small"
      title={<h2 className="card-title">{t('home.title')}</h2>}
      extra={
        <Link to={paths.dashboard}>
          {t('home.more')} <RightOutlined aria-hidden style={{ fontSize: 10 }} />
        </Link>
      }
      style={{ marginBottom: 16 }}
    >
      {!data ? (
        <Skeleton active paragraph={{ rows: 2 }} title={false} />
      ) : (
        <div className="figure-grid">
          {figures.map((figure) => (
            <FigureCard key={figure.key} figure={figure} period={data} />
          ))}
        </div>
      )}
    </Card>
  )
}
