import { BarChart, LineChart, type BarSeriesOption, type LineSeriesOption } from 'echarts/charts'
import {
  AriaComponent,
  GridComponent,
  LegendComponent,
  TooltipComponent,
  type AriaComponentOption,
  type GridComponentOption,
  type LegendComponentOption,
  type TooltipComponentOption,
} from 'echarts/components'
import { init, use as registerECharts, type ComposeOption, type ECharts } from 'echarts/core'
import { SVGRenderer } from 'echarts/renderers'
import { useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { useReducedMotion } from '@/hooks/use-reduced-motion'

// Only what the dashboard draws (bars, lines, axes, tooltip, legend, the screen-reader
// description) and the SVG renderer: crisp at any zoom, text stays text, a smaller chunk than
// the full build. This module is only imported by the dashboard's charts (a lazy chunk).
registerECharts([
  BarChart,
  LineChart,
  GridComponent,
  TooltipComponent,
  LegendComponent,
  AriaComponent,
  SVGRenderer,
])

export type TChartOption = ComposeOption<
  | BarSeriesOption
  | LineSeriesOption
  | GridComponentOption
  | TooltipComponentOption
  | LegendComponentOption
  | AriaComponentOption
>

/** The fonts the office's Windows and Linux machines have for Chinese, then any sans-serif. */
const chineseFonts =
  '"PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "WenQuanYi Micro Hei", sans-serif'

type TProps = {
  option: TChartOption
  /** What the chart shows, for screen readers (the figures are in the cards as text too). */
  label: string
  height: number
  /** A bar or point chosen: its index in the data. */
  onSelect?: (dataIndex: number) => void
}

/**
 * One ECharts chart: created on mount, given the option on each change, resized with its box
 * (the side menu folding, a phone turned), disposed on unmount.
 */
export const EChartsChart = ({ option, label, height, onSelect }: TProps) => {
  const { i18n } = useTranslation()
  const reducedMotion = useReducedMotion()
  const box = useRef<HTMLDivElement>(null)
  const chart = useRef<ECharts | null>(null)
  const select = useRef(onSelect)
  useEffect(() => {
    select.current = onSelect
  }, [onSelect])
  const locale = i18n.language === 'en' ? 'EN' : 'ZH'

  useEffect(() => {
    const element = box.current
    if (!element) return
    const instance = init(element, null, { renderer: 'svg', locale })
    chart.current = instance
    instance.on('click', (params) => select.current?.(params.dataIndex))
    const observer = new ResizeObserver(() => instance.resize())
    observer.observe(element)
    return () => {
      observer.disconnect()
      instance.dispose()
      chart.current = null
    }
  }, [locale])

  useEffect(() => {
    chart.current?.setOption(
      {
        animation: !reducedMotion,
        textStyle: { fontFamily: chineseFonts },
        aria: { enabled: true, label: { description: label } },
        ...option,
      },
      { notMerge: true },
    )
  }, [option, label, reducedMotion, locale])

  return <div ref={box} role="img" aria-label={label} style={{ width: '100%', height }} />
}
