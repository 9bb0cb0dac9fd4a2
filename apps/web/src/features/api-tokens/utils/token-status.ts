import type { TApiToken } from '@cr/shared/api-tokens/api-token'
import dayjs from '@/lib/dayjs'
import type { TTokenStatus } from './token-search'

/**
 * A token's state as the list shows it; `expiresOn` is the last valid day. Not in
 * token-search.ts: the route file loads that at start, and this needs dayjs (lib/dayjs.ts).
 */
export const tokenStatusOf = (
  token: TApiToken,
  today = dayjs().format('YYYY-MM-DD'),
): Exclude<TTokenStatus, 'all'> =>
  token.revokedAt ? 'revoked' : token.expiresOn < today ? 'expired' : 'active'
