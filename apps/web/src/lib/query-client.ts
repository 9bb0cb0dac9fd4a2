import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query'
import { isProblemError } from './problem'

/** What the app does when any query or mutation fails in a way that concerns the whole app. */
export type TGlobalErrorHandler = (error: unknown) => void

/** Transient failures (network, 502-504) are worth one more try for reads; the rest are not. */
const shouldRetry = (failureCount: number, error: unknown): boolean =>
  failureCount < 1 &&
  isProblemError(error) &&
  (error.status === 0 || [502, 503, 504].includes(error.status))

/**
 * The query client with app-wide error handling in the caches, not in the HTTP client:
 * `onError` sees every failure once, after retries, without the fetcher knowing about routing.
 * @see https://tkdodo.eu/blog/react-query-error-handling
 */
export const createQueryClient = (onGlobalError: TGlobalErrorHandler): QueryClient =>
  new QueryClient({
    queryCache: new QueryCache({ onError: onGlobalError }),
    mutationCache: new MutationCache({ onError: onGlobalError }),
    defaultOptions: {
      queries: { staleTime: 30_000, retry: shouldRetry, refetchOnWindowFocus: true },
      mutations: { retry: false },
    },
  })

/**
 * For a record opened in an edit form: read fresh when the form opens, then never replaced
 * behind the clerk's back (window focus, reconnect). The form's If-Match is the version shown;
 * a newer version arrives only through 重新加载 after a 412.
 */
export const editSnapshot = {
  staleTime: 0,
  refetchOnWindowFocus: false,
  refetchOnReconnect: false,
} as const
