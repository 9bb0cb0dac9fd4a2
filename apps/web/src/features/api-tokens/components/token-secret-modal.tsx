import { CopyOutlined } from '@ant-design/icons'
import { Alert, Button, Input, Modal, Space, Typography } from 'antd'
import type { TApiTokenCreated } from '@cr/shared/api-tokens/api-token'
import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { copyText } from '@/lib/clipboard'
import { feedback } from '@/lib/feedback'

/**
 * The one time the secret is visible. A click outside does not close it (that would lose the
 * token by accident); Esc and the button do, after the warning has been shown.
 */
export const TokenSecretModal = ({
  token,
  onClose,
}: {
  token: TApiTokenCreated | null
  onClose: () => void
}) => {
  const { t } = useTranslation(['apiTokens', 'common'])
  const id = useId()
  const copy = async () => {
    if (!token) return
    if (await copyText(token.token)) feedback.success(t('common:messages.copied'))
  }
  return (
    <Modal
      open={token !== null}
      title={t('secret.title')}
      onCancel={onClose}
      mask={{ closable: false }}
      width={600}
      footer={
        <Button type="primary" onClick={onClose}>
          {t('secret.done')}
        </Button>
      }
    >
      <Alert type="warning" showIcon title={t('secret.warning')} style={{ marginBottom: 16 }} />
      {token && (
        <Space orientation="vertical" style={{ width: '100%' }}>
          <label htmlFor={id} style={{ fontWeight: 500 }}>
            {t('secret.label', { name: token.name })}
          </label>
          <Space.Compact style={{ width: '100%' }}>
            <Input
              id={id}
              readOnly
              value={token.token}
              onFocus={(e) => e.target.select()}
              style={{ fontFamily: 'monospace' }}
              autoFocus
            />
            <Button icon={<CopyOutlined aria-hidden />} onClick={() => void copy()}>
              {t('secret.copy')}
            </Button>
          </Space.Compact>
          <Typography.Text type="secondary">{t('secret.usage')}</Typography.Text>
        </Space>
      )}
    </Modal>
  )
}
