import { Tag } from 'antd'
import type { TApiToken } from '@cr/shared/api-tokens/api-token'
import { useTranslation } from 'react-i18next'
import { tokenStatusOf } from '../utils/token-status'

const colors = { active: 'green', revoked: 'default', expired: 'orange' } as const

export const TokenStatusTag = ({ token }: { token: TApiToken }) => {
  const { t } = useTranslation('apiTokens')
  const status = tokenStatusOf(token)
  return <Tag color={colors[status]}>{t(`status.${status}`)}</Tag>
}
