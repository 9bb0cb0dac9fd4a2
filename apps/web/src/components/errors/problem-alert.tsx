import { Alert, Button } from 'antd'
import type { TFieldError } from '@cr/shared/common/problem'
import { useTranslation } from 'react-i18next'
import { RequestId } from './request-id'
import { useProblemText } from './use-problem-text'

type TProps = {
  error: unknown
  /** Field problems no input of the form can show. */
  otherErrors?: readonly TFieldError[]
  /** Reloads the record (412/428) or retries. */
  onReload?: () => void
}

/** The form-level error: what went wrong, the leftover field messages, and the request ID. */
export const ProblemAlert = ({ error, otherErrors = [], onReload }: TProps) => {
  const { t } = useTranslation()
  const text = useProblemText(error)
  const showReload = onReload && (text.kind === 'stale' || text.kind === 'preconditionRequired')
  return (
    <Alert
      type={text.kind === 'stale' ? 'warning' : 'error'}
      showIcon
      role="alert"
      title={text.title}
      description={
        <>
          {text.description && <div>{text.description}</div>}
          {otherErrors.length > 0 && (
            <ul style={{ margin: '4px 0', paddingInlineStart: 20 }}>
              {otherErrors.map((e) => (
                <li key={`${e.path}-${e.code}`}>{e.message}</li>
              ))}
            </ul>
          )}
          {text.retryAfterSeconds !== undefined && (
            <div>{t('errors.retryAfter', { seconds: text.retryAfterSeconds })}</div>
          )}
          <RequestId id={text.requestId} />
        </>
      }
      action={
        showReload ? (
          <Button size="small" onClick={onReload}>
            {t('actions.reload')}
          </Button>
        ) : undefined
      }
      style={{ marginBottom: 16 }}
    />
  )
}
