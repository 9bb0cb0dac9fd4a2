import { queryTimeoutMessage } from '@cr/db/client'

/**
 * Recognises "the database is not reachable right now" among the many shapes it takes
 * (pg socket errors, server shutdown codes, pool connect timeouts, a query past its client-side
 * deadline, Prisma/adapter wrappers), so the API can answer 503 + Retry-After instead of 500
 * and recover once it is back.
 */
const unavailableCodes = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EHOSTUNREACH',
  '57P01', // admin_shutdown
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now
  // query_canceled: a statement ran past statement_timeout (the server is too busy to answer
  // in time). Retrying later is the right advice, and a 500 would say the request was wrong.
  '57014',
  '08000', // connection_exception
  '08001',
  '08003',
  '08004',
  '08006',
  'P1001', // Prisma: can't reach database server
  'P1017', // Prisma: server closed the connection
])

/** Prisma's driver adapter reports the connection problem as a `kind` (raw queries: P2010). */
const unavailableKinds = new Set(['ConnectionClosed', 'DatabaseNotReachable', 'SocketTimeout'])

/**
 * pg and pg-pool errors carry no code. The two Prisma P2028 timeouts are in effect waits for the
 * database too: no pooled connection (or no answer to BEGIN) within `maxWait`, and a
 * transaction whose statements took longer than its `timeout`. P2028's other causes (a closed
 * transaction used again) are bugs and stay 500.
 */
const unavailableMessages = new RegExp(
  [
    'timeout exceeded when trying to connect', // pg-pool: no free connection in time
    'Connection terminated', // pg: socket closed, or connect timeout
    'connect ECONNREFUSED',
    'Client has encountered a connection error',
    'the database system is (shutting down|starting up)',
    'terminating connection due to administrator command',
    'Server has closed the connection',
    queryTimeoutMessage, // our client-side query deadline (deadline-client.ts)
    'Unable to start a transaction in the given time',
    'cannot be executed on an expired transaction',
  ].join('|'),
  'i',
)

export const isDatabaseUnavailable = (error: unknown): boolean => {
  let current: unknown = error
  for (let depth = 0; current && depth < 6; depth++) {
    if (typeof current !== 'object') return false
    const { code, message, cause, originalCode, kind, meta } = current as Record<string, unknown>
    if (typeof code === 'string' && unavailableCodes.has(code)) return true
    if (typeof originalCode === 'string' && unavailableCodes.has(originalCode)) return true
    if (typeof kind === 'string' && unavailableKinds.has(kind)) return true
    if (typeof message === 'string' && unavailableMessages.test(message)) return true
    const adapterError = (meta as { driverAdapterError?: unknown } | undefined)?.driverAdapterError
    current = adapterError ?? cause
  }
  return false
}

/** Prisma's known request error code (P2002 unique violation, P2025 not found), if any. */
export const prismaErrorCode = (error: unknown): string | undefined => {
  if (error && typeof error === 'object' && 'code' in error && typeof error.code === 'string') {
    return /^P\d{4}$/.test(error.code) ? error.code : undefined
  }
  return undefined
}
