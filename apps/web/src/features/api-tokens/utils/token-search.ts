import { type z } from 'zod'
import { ZApiTokenListQuery, type TApiTokenListQuery } from '@cr/shared/api-tokens/api-token'
import { ZPageSearch, pageQueryOf } from '@/lib/search-params'

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
