import { Tag } from 'antd'
import { payoutStateLabels, type TSubsidyPayout } from '@cr/shared/subsidies/subsidy-payout'
import { useTranslation } from 'react-i18next'
import { pickLabel } from '@/lib/language'

/** 待核对 (a draft, generated again at will) or 已锁定 (final); none yet: 未生成. */
export const PayoutStateTag = ({ state }: { state: TSubsidyPayout['state'] | null }) => {
  const { t, i18n } = useTranslation('subsidyRoll')
  if (state === null) return <Tag>{t('state.none')}</Tag>
  return (
    <Tag color={state === 'locked' ? 'green' : 'gold'}>
      {pickLabel(payoutStateLabels[state], i18n.language)}
    </Tag>
  )
}
