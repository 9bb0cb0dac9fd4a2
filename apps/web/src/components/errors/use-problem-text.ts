import { useTranslation } from 'react-i18next'
import { isProblemError } from '@/lib/problem'
import { problemKindOf, retryableKinds, type TProblemKind } from '@/lib/problem-kind'

// Answers about the request or the record (a duplicate, a changed version, a file gone) are the
// clerk's to act on; an administrator needs no request ID to explain them.
const quietStatuses = new Set([400, 401, 403, 404, 409, 410, 412, 422, 423, 428])

export type TProblemText = {
  kind: TProblemKind
  title: string
  description: string
  requestId: string | undefined
  retryAfterSeconds: number | undefined
  canRetry: boolean
}

/** Title and explanation for a failure, in the UI language. */
export const useProblemText = (error: unknown): TProblemText => {
  const { t } = useTranslation()
  const kind = problemKindOf(error)
  const problem = isProblemError(error) ? error : undefined
  const generic = kind === 'generic'
  return {
    kind,
    // A 4xx we have no page for (409, 422, 429…) carries the server's own localized title.
    title: generic ? (problem?.title ?? t('errors.generic.title')) : t(`errors.${kind}.title`),
    description: generic ? (problem?.detail ?? '') : t(`errors.${kind}.description`),
    // The request ID helps an administrator find a failure in the logs; for a wrong password
    // or a stale record it is only noise.
    requestId: problem && !quietStatuses.has(problem.status) ? problem.requestId : undefined,
    retryAfterSeconds: problem?.retryAfterSeconds,
    canRetry: retryableKinds.has(kind) || problem?.status === 429,
  }
}
