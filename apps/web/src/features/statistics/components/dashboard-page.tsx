import { Skeleton } from 'antd'
import { Suspense, lazy, useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { ProblemResult } from '@/components/errors/problem-result'
import { PageHeader } from '@/components/ui/page-header'
import { previousPeriodAsOf, previousPeriodFrom } from '@/components/statistics/figure-format'
import { inCatalogOrder, useStatistics } from '@/components/statistics/get-statistics'
import { statisticsQueryOf, type TDashboardSearch } from '../utils/statistics-search'
import { DashboardControls } from './dashboard-controls'
import { DashboardEmpty } from './dashboard-empty'
import { ModuleSection } from './module-section'
import './dashboard.css'

// ECharts is ~170 KiB gzipped of the dashboard's first load: fetched with the page, drawn after
// the cards (which need only the figures), and never part of another page.
const DashboardCharts = lazy(() =>
  import('./dashboard-charts').then((m) => ({ default: m.DashboardCharts })),
)

type TProps = { search: TDashboardSearch; onSearchChange: (next: TDashboardSearch) => void }

/**
 * 数据看板: every figure the user may read, as of a day, by module, each with its change since
 * the previous period's end (the previous month's, or the previous year's at a year's end), and
 * charts. A number opens the records behind it.
 */
export const DashboardPage = ({ search, onSearchChange }: TProps) => {
  const { t } = useTranslation('statistics')
  const query = statisticsQueryOf(search)
  const current = useStatistics(query)
  // The comparison waits for the API's as-of day (today is the server's, not the browser's).
  const previousAsOf = current.data ? previousPeriodAsOf(current.data.asOf) : undefined
  const previous = useStatistics(
    {
      asOf: previousAsOf,
      from: previousAsOf ? previousPeriodFrom(query.from, previousAsOf) : undefined,
      committeeId: query.committeeId,
    },
    previousAsOf !== undefined,
  )
  const previousValues = useMemo(
    () =>
      previous.data && previous.data.asOf === previousAsOf
        ? new Map(
            previous.data.modules.flatMap((m) => m.figures.map((f) => [f.key, f.value] as const)),
          )
        : undefined,
    [previous.data, previousAsOf],
  )
  const data = current.data
  const modules = data ? inCatalogOrder(data.modules) : []
  const recorded = modules.some((m) => m.recorded)
  const period = data && { asOf: data.asOf, from: data.from, committeeId: query.committeeId }

  return (
    <>
      <PageHeader
        title={t('dashboard.title')}
        description={
          <>
            {t('dashboard.description')}
            {data && (
              <>
                <br />
                {t('dashboard.period', { from: data.from, asOf: data.asOf })}
                {previousAsOf && ` · ${t('dashboard.comparedWith', { date: previousAsOf })}`}
              </>
            )}
          </>
        }
      />
      <DashboardControls search={search} asOf={data?.asOf} onSearchChange={onSearchChange} />
      {current.isPending ? (
        <Skeleton active paragraph={{ rows: 8 }} />
      ) : current.isError && !data ? (
        <ProblemResult error={current.error} onRetry={() => void current.refetch()} />
      ) : !data || !period ? null : modules.length === 0 ? (
        <p className="text-secondary">{t('dashboard.noFigures')}</p>
      ) : !recorded ? (
        <DashboardEmpty />
      ) : (
        <div aria-busy={current.isFetching}>
          {modules.map((module) => (
            <ModuleSection
              key={module.module}
              module={module}
              previous={previousValues}
              period={period}
            />
          ))}
          <Suspense fallback={<Skeleton active paragraph={{ rows: 6 }} />}>
            <DashboardCharts statistics={data} committeeId={query.committeeId} />
          </Suspense>
        </div>
      )}
    </>
  )
}
