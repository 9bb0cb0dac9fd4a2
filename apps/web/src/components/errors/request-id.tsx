import { Typography } from 'antd'
import { useTranslation } from 'react-i18next'

/** The request ID a clerk can read out or paste to an administrator. */
export const RequestId = ({ id }: { id: string | undefined }) => {
  const { t } = useTranslation()
  if (!id) return null
  return (
    <Typography.Text type="secondary" copyable={{ text: id }}>
      {t('errors.requestId', { id })}
    </Typography.Text>
  )
}
