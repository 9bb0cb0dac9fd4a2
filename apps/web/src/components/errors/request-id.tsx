import { CheckOutlined, CopyOutlined } from '@ant-design/icons'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { copyText } from '@/lib/clipboard'

/**
 * The request ID a clerk can read out or paste to an administrator, with a copy button. Not
 * antd's copyable Typography: the sign-in page shows this, and Typography brings Tooltip and its
 * positioning engine into the first load (the bundle budget).
 */
export const RequestId = ({ id }: { id: string | undefined }) => {
  const { t } = useTranslation()
  const [copied, setCopied] = useState(false)
  if (!id) return null
  const copy = async () => setCopied(await copyText(id))
  return (
    <span className="request-id">
      {t('errors.requestId', { id })}
      <button
        type="button"
        className="request-id-copy"
        aria-label={copied ? t('messages.copied') : t('actions.copy')}
        title={copied ? t('messages.copied') : t('actions.copy')}
        onClick={() => void copy()}
      >
        {copied ? <CheckOutlined aria-hidden /> : <CopyOutlined aria-hidden />}
      </button>
    </span>
  )
}
