import { Tag } from 'antd'
import { subsidyStageLabels, type TSubsidyStage } from '@cr/shared/subsidies/subsidy-steps'
import { useTranslation } from 'react-i18next'
import { pickLabel } from '@/lib/language'

/** A stage's colour: blue while being decided, green in payment, orange held, grey or red ended. */
export const stageColors: Record<TSubsidyStage, string> = {
  applied: 'blue',
  investigated: 'blue',
  deliberated: 'blue',
  publicizing: 'geekblue',
  street_reviewed: 'blue',
  in_payment: 'green',
  suspended: 'orange',
  stopped: 'default',
  refused: 'red',
}

export const StageTag = ({ stage }: { stage: TSubsidyStage }) => {
  const { i18n } = useTranslation()
  return <Tag color={stageColors[stage]}>{pickLabel(subsidyStageLabels[stage], i18n.language)}</Tag>
}
