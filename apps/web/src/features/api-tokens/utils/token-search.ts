import { type z } from 'zod'
import {
  ZApiTokenListQuery,
  type TApiToken,
  type TApiTokenListQuery,
} from '@cr/shared/api-tokens/api-token'
import { ZPageSearch, pageQueryOf } from '@/lib/search-params'
import dayjs from 'dayjs'

const { status, sort } = ZApiTokenListQuery.shape
export const defaultTokenStatus = 'active'
export const defaultTokenSort = '-createdAt'
export const tokenSorts = [
  'createdAt',
  '-createdAt',
  'name',
  '-name',
  'expiresOn',
  '-expiresOn',
] as const
export type TTokenStatus = z.infer<typeof status>

export const ZTokenSearch = ZPageSearch.extend({
  status: status.catch(defaultTokenStatus),
  sort: sort.catch(defaultTokenSort),
})
export type TTokenSearch = z.infer<typeof ZTokenSearch>

export const toTokenListQuery = (search: TTokenSearch) =>
  ({
    status: search.status,
    sort: search.sort,
    ...pageQueryOf(search),
  }) satisfies TApiTokenListQuery

/** A token's state as the list shows it; `expiresOn` is the last valid day. */
export const tokenStatusOf = (
  token: TApiToken,
  today = dayjs().format('YYYY-MM-DD'),
): Exclude<TTokenStatus, 'all'> =>
  token.revokedAt ? 'revoked' : token.expiresOn < today ? 'expired' : 'active'
