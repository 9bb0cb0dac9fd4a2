import { useTranslation } from 'react-i18next'
import { lazyOnIdle } from '@/lib/lazy-on-idle'
import { useProblemText } from './use-problem-text'

type TProps = { error: unknown; onRetry?: () => void; showHomeLink?: boolean }

/** Should the page's own code not load (offline): the problem in words, with the retry. */
const ProblemText = ({ error, onRetry }: TProps) => {
  const { t } = useTranslation()
  const text = useProblemText(error)
  return (
    <div role="alert" className="problem-text">
      <p>{text.title}</p>
      {text.description && <p>{text.description}</p>}
      {onRetry && text.canRetry && (
        <button type="button" onClick={onRetry}>
          {t('actions.retry')}
        </button>
      )}
    </div>
  )
}

/**
 * The one way a failed page or list is shown: 403, 404, 412, 428, 5xx with the request ID
 * (`problem-result-view.tsx`). antd's Result is not in the first load: it is fetched when the
 * browser is idle, or on the first error.
 */
export const ProblemResult = lazyOnIdle(
  () => import('./problem-result-view').then((m) => m.ProblemResultView),
  ProblemText,
)
