import { isProblemError } from './problem'

/** How a failure is shown; each kind has its own title and explanation in `common:errors`. */
export type TProblemKind =
  | 'forbidden'
  | 'notFound'
  | 'stale'
  | 'preconditionRequired'
  | 'network'
  | 'invalidResponse'
  | 'unavailable'
  | 'server'
  | 'generic'

/** Kinds where fetching again (or reloading the record) is the way out. */
export const retryableKinds: ReadonlySet<TProblemKind> = new Set([
  'stale',
  'preconditionRequired',
  'network',
  'invalidResponse',
  'unavailable',
  'server',
])

export const problemKindOf = (error: unknown): TProblemKind => {
  if (!isProblemError(error)) return 'generic'
  if (error.code === 'network_error') return 'network'
  if (error.code === 'invalid_response') return 'invalidResponse'
  switch (error.status) {
    case 403:
      return 'forbidden'
    case 404:
      return 'notFound'
    case 412:
      return 'stale'
    case 428:
      return 'preconditionRequired'
    case 502:
    case 503:
    case 504:
      return 'unavailable'
    default:
      return error.status >= 500 ? 'server' : 'generic'
  }
}
