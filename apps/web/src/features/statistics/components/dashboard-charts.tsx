import type { TFigure, TStatistics } from '@cr/shared/statistics/statistics'
import { useNavigate } from '@tanstack/react-router'
import { Col, Row, Skeleton } from 'antd'
import { useTranslation } from 'react-i18next'
import { ProblemResult } from '@/components/errors/problem-result'
import { figureLink } from '@/components/statistics/figure-link'
import { useSeries } from '../api/get-series'
import { ChartCard } from './chart-card'
import { EChartsChart, type TChartOption } from './echarts-chart'

type TProps = { statistics: TStatistics; committeeId?: string }

const figureOf = (statistics: TStatistics, key: string): TFigure | undefined =>
  statistics.modules.flatMap((m) => m.figures).find((f) => f.key === key)

/** A horizontal bar per part (largest first, as the API orders them), labels on the left. */
const partsOption = (figure: TFigure): TChartOption => {
  const parts = [...figure.parts].reverse() // ECharts draws the first category at the bottom
  return {
    grid: { left: 8, right: 40, top: 8, bottom: 8, containLabel: true },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    xAxis: { type: 'value', minInterval: 1, splitNumber: 4, axisLabel: { hideOverlap: true } },
    yAxis: {
      type: 'category',
      data: parts.map((p) => p.label),
      axisLabel: { width: 120, overflow: 'truncate' },
    },
    series: [
      {
        type: 'bar',
        name: figure.label,
        data: parts.map((p) => p.value),
        label: { show: true, position: 'right' },
        itemStyle: { color: '#1f5fbf' },
        cursor: 'pointer',
      },
    ],
  }
}

/** A breakdown as bars; a click opens the part's records. No parts (or no figure): empty. */
const PartsChart = ({
  statistics,
  figure,
  title,
  committeeId,
}: {
  statistics: TStatistics
  figure: TFigure | undefined
  title: string
  committeeId?: string
}) => {
  const navigate = useNavigate()
  if (!figure || figure.parts.length === 0) return <ChartCard title={title}>{null}</ChartCard>
  const reversed = [...figure.parts].reverse()
  return (
    <ChartCard title={title}>
      <EChartsChart
        label={`${title}：${figure.parts.map((p) => `${p.label} ${p.value}`).join('，')}`}
        height={Math.max(180, figure.parts.length * 28 + 32)}
        option={partsOption(figure)}
        onSelect={(index) => {
          const part = reversed[index]
          if (part)
            void navigate(
              figureLink(figure.key, {
                asOf: statistics.asOf,
                from: statistics.from,
                committeeId,
                part: part.key,
              }),
            )
        }}
      />
    </ChartCard>
  )
}

/** Residents by committee: the figure's parts when it has them, else its value per committee. */
const residentsByCommittee = (statistics: TStatistics): TFigure | undefined => {
  const figure = figureOf(statistics, 'registry.residents')
  if (!figure || figure.parts.length > 0) return figure
  const parts = statistics.byCommittee
    .map(({ committee, values }) => ({
      key: committee.id,
      label: committee.name,
      value: values['registry.residents'] ?? 0,
    }))
    .filter((part) => part.value > 0)
    .sort((a, b) => b.value - a.value)
  return { ...figure, parts }
}

const shortDate = (date: string) => date.slice(5)
const monthOf = (date: string) => date.slice(0, 7)

/**
 * A series chart's card before it can draw: no figure to draw (暂无数据), the answer failed (with
 * 重试), or still loading; null once the points are there.
 */
const seriesNotReady = (
  title: string,
  keys: readonly string[],
  series: ReturnType<typeof useSeries>,
) => {
  if (keys.length === 0) return <ChartCard title={title}>{null}</ChartCard>
  if (series.isError)
    return (
      <ChartCard title={title}>
        <ProblemResult error={series.error} onRetry={() => void series.refetch()} />
      </ChartCard>
    )
  if (!series.data)
    return (
      <ChartCard title={title}>
        <Skeleton active />
      </ChartCard>
    )
  return null
}

/**
 * The registration rate (%, a line on the right axis) and the 低保 paid (元, bars) month by
 * month — whichever of the two the office has.
 */
const MonthlyChart = ({ statistics, committeeId, keys }: TSeriesProps) => {
  const { t } = useTranslation('statistics')
  const series = useSeries({
    keys: keys.join(','),
    interval: 'month',
    to: statistics.asOf,
    committeeId,
  })
  const title = t('charts.registrationPayout')
  const waiting = seriesNotReady(title, keys, series)
  if (waiting || !series.data) return waiting
  const points = series.data.points
  const rate = keys.includes('rentals.registration-rate')
  const payout = keys.includes('subsidies.payout')
  const option: TChartOption = {
    grid: { left: 8, right: 8, top: 32, bottom: 8, containLabel: true },
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    xAxis: { type: 'category', data: points.map((p) => monthOf(p.asOf)) },
    yAxis: [
      { type: 'value', name: payout ? t('units.fen') : '', show: payout },
      { type: 'value', max: 100, axisLabel: { formatter: '{value}%' }, show: rate },
    ],
    series: [
      ...(payout
        ? [
            {
              type: 'bar' as const,
              name: t('charts.payout'),
              yAxisIndex: 0,
              itemStyle: { color: '#1f5fbf' },
              data: points.map((p) => {
                const value = p.values['subsidies.payout']
                return value == null ? null : value / 100
              }),
            },
          ]
        : []),
      ...(rate
        ? [
            {
              type: 'line' as const,
              name: t('charts.registrationRate'),
              yAxisIndex: 1,
              itemStyle: { color: '#d46b08' },
              data: points.map((p) => {
                const value = p.values['rentals.registration-rate']
                return value == null ? null : value / 10
              }),
            },
          ]
        : []),
    ],
  }
  return (
    <ChartCard title={title}>
      <EChartsChart label={title} height={260} option={option} />
    </ChartCard>
  )
}

type TSeriesProps = { statistics: TStatistics; committeeId?: string; keys: string[] }

/** Patrols logged week by week (Monday to Sunday), the last 12 weeks. */
const WeeklyPatrolsChart = ({ statistics, committeeId, keys }: TSeriesProps) => {
  const { t } = useTranslation('statistics')
  const series = useSeries({
    keys: keys.join(','),
    interval: 'week',
    to: statistics.asOf,
    committeeId,
  })
  const title = t('charts.patrols')
  const waiting = seriesNotReady(title, keys, series)
  if (waiting || !series.data) return waiting
  const points = series.data.points
  const option: TChartOption = {
    grid: { left: 8, right: 8, top: 16, bottom: 8, containLabel: true },
    tooltip: { trigger: 'axis' },
    xAxis: { type: 'category', data: points.map((p) => shortDate(p.from)) },
    yAxis: { type: 'value', minInterval: 1 },
    series: [
      {
        type: 'bar',
        name: t('charts.patrolCount'),
        itemStyle: { color: '#1f5fbf' },
        data: points.map((p) => p.values['patrol.patrols'] ?? null),
      },
    ],
  }
  return (
    <ChartCard title={title}>
      <EChartsChart label={title} height={240} option={option} />
    </ChartCard>
  )
}

/**
 * The dashboard's charts, where a picture reads better than numbers. Each picks its figures by
 * key and says so when the office does not have them (yet): the page draws what the API sends.
 * Loaded apart from the dashboard's cards (`React.lazy`), so ECharts never enters another page.
 */
export const DashboardCharts = ({ statistics, committeeId }: TProps) => {
  const { t } = useTranslation('statistics')
  // A series of a module with no records would draw empty axes: its chart says 暂无数据 instead.
  const recorded = new Set(statistics.modules.filter((m) => m.recorded).map((m) => m.module))
  const present = (keys: string[]) =>
    keys.filter((key) => {
      const figure = figureOf(statistics, key)
      return figure !== undefined && recorded.has(figure.module)
    })
  return (
    <section aria-labelledby="dashboard-charts">
      <h2 id="dashboard-charts" className="dashboard-module-title">
        {t('dashboard.chartsTitle')}
      </h2>
      <Row gutter={[12, 12]}>
        <Col xs={24} lg={12}>
          <PartsChart
            statistics={statistics}
            committeeId={committeeId}
            title={t('charts.partyMembers')}
            figure={figureOf(statistics, 'party.members')}
          />
        </Col>
        <Col xs={24} lg={12}>
          <PartsChart
            statistics={statistics}
            committeeId={committeeId}
            title={t('charts.residents')}
            figure={residentsByCommittee(statistics)}
          />
        </Col>
        <Col xs={24} lg={12}>
          <MonthlyChart
            statistics={statistics}
            committeeId={committeeId}
            keys={present(['rentals.registration-rate', 'subsidies.payout'])}
          />
        </Col>
        <Col xs={24} lg={12}>
          <WeeklyPatrolsChart
            statistics={statistics}
            committeeId={committeeId}
            keys={present(['patrol.patrols'])}
          />
        </Col>
      </Row>
    </section>
  )
}
