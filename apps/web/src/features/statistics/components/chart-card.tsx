import { Card, Empty } from 'antd'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'

/** A chart's card: its title, and the chart or — when its figures are missing — why not. */
export const ChartCard = ({ title, children }: { title: string; children: ReactNode | null }) => {
  const { t } = useTranslation('statistics')
  return (
    <Card size="small" title={<h3 className="card-title">{title}</h3>}>
      {children ?? <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('charts.empty')} />}
    </Card>
  )
}
