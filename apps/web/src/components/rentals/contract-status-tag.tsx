import { Tag } from 'antd'
import {
  rentalContractStatusLabels,
  type TRentalContractStatus,
} from '@cr/shared/rentals/rental-rules'
import { useTranslation } from 'react-i18next'
import { pickLabel } from '@/lib/language'

const colors: Record<TRentalContractStatus, string> = {
  active: 'green',
  expiring: 'orange',
  expired: 'red',
  cancelled: 'default',
}

/** 有效 / 即将到期 / 已到期 / 已注销: the contract's status as of the server's today. */
export const ContractStatusTag = ({ status }: { status: TRentalContractStatus }) => {
  const { i18n } = useTranslation()
  return (
    <Tag color={colors[status]} style={{ marginInlineEnd: 0 }}>
      {pickLabel(rentalContractStatusLabels[status], i18n.language)}
    </Tag>
  )
}
