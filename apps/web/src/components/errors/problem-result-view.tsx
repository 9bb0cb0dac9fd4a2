import { Button, Result, Space } from 'antd'
import type { ResultProps } from 'antd'
import { useTranslation } from 'react-i18next'
import { paths } from '@/config/paths'
import type { TProblemKind } from '@/lib/problem-kind'
import { ButtonLink } from '@/components/ui/button-link'
import { RequestId } from './request-id'
import { useProblemText } from './use-problem-text'

const statusOf: Record<TProblemKind, ResultProps['status']> = {
  forbidden: '403',
  notFound: '404',
  stale: 'warning',
  preconditionRequired: 'warning',
  network: 'error',
  invalidResponse: 'error',
  unavailable: '500',
  server: '500',
  generic: 'error',
}

type TProps = { error: unknown; onRetry?: () => void; showHomeLink?: boolean }

/**
 * The one way a failed page or list is shown: 403, 404, 412, 428, 5xx with the request ID.
 * `onRetry` refetches (for 412 it reloads the record someone else changed).
 */
export const ProblemResultView = ({ error, onRetry, showHomeLink = false }: TProps) => {
  const { t } = useTranslation()
  const text = useProblemText(error)
  const retryLabel =
    text.kind === 'stale' || text.kind === 'preconditionRequired'
      ? t('actions.reload')
      : t('actions.retry')
  return (
    <Result
      status={statusOf[text.kind]}
      title={<span role="alert">{text.title}</span>}
      subTitle={
        <Space orientation="vertical" size={4}>
          {text.description && <span>{text.description}</span>}
          {text.retryAfterSeconds !== undefined && (
            <span>{t('errors.retryAfter', { seconds: text.retryAfterSeconds })}</span>
          )}
          <RequestId id={text.requestId} />
        </Space>
      }
      extra={
        <Space>
          {onRetry && text.canRetry && (
            <Button type="primary" onClick={onRetry}>
              {retryLabel}
            </Button>
          )}
          {showHomeLink && <ButtonLink to={paths.home}>{t('actions.backHome')}</ButtonLink>}
        </Space>
      }
    />
  )
}
