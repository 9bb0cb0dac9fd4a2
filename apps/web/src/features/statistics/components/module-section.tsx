import type { TStatistics } from '@cr/shared/statistics/statistics'
import { Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import { FigureCard } from '@/components/statistics/figure-card'

type TProps = {
  module: TStatistics['modules'][number]
  previous: ReadonlyMap<string, number | null> | undefined
  period: { asOf: string; from: string; committeeId?: string }
}

/** One module's figures (党建, 以房管人, …) as a grid of cards. */
export const ModuleSection = ({ module, previous, period }: TProps) => {
  const { t } = useTranslation('statistics')
  const id = `dashboard-module-${module.module}`
  return (
    <section aria-labelledby={id} className="dashboard-module">
      <h2 id={id} className="dashboard-module-title">
        {t(`modules.${module.module}`)}
        {!module.recorded && (
          <Typography.Text type="secondary" className="dashboard-module-note">
            {t('dashboard.moduleNotRecorded')}
          </Typography.Text>
        )}
      </h2>
      <div className="figure-grid">
        {module.figures.map((figure) => (
          <FigureCard
            key={figure.key}
            figure={figure}
            previous={previous ? (previous.get(figure.key) ?? null) : undefined}
            period={period}
            parts={4}
          />
        ))}
      </div>
    </section>
  )
}
