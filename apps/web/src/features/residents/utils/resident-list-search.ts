import { z } from 'zod'
import { ZResidentListQuery, residentSortFields } from '@cr/shared/residents/resident'
import { isIdNumberLike } from '@/lib/id-number-text'
import { searchText, sortParamFrom, type TSortOrder } from '@/lib/search-params'

const { q, committeeId, category, tag, status, sort } = ZResidentListQuery.shape
export const defaultResidentSort = 'name'
export const residentSorts = residentSortFields.flatMap((f) => [f, `-${f}`] as const)
export const residentPageSize = 20

/**
 * The residents page's URL search. A whole ID number is never kept in the URL (it would land
 * in the browser history and the server logs), nor most of one: a hand-made `?q=<ID number>`
 * is dropped.
 */
export const ZResidentsSearch = z.object({
  q: searchText(q.refine((v) => !v || !isIdNumberLike(v))).catch(undefined),
  committeeId: committeeId.catch(undefined),
  category: category.catch(undefined),
  tag: tag.catch(undefined),
  /** 状态: left out, the current population (在册), as the API defaults it. */
  status: status.catch(undefined),
  sort: sort.catch(defaultResidentSort),
})
export type TResidentsSearch = z.infer<typeof ZResidentsSearch>

export const isResidentsSearchFiltered = (s: TResidentsSearch): boolean =>
  Boolean(s.q || s.committeeId || s.category || s.tag || s.status)

export const toResidentListQuery = (search: TResidentsSearch, cursor?: string) =>
  ({
    q: search.q || undefined,
    committeeId: search.committeeId,
    category: search.category,
    tag: search.tag,
    status: search.status,
    sort: search.sort,
    limit: residentPageSize,
    cursor,
  }) satisfies z.input<typeof ZResidentListQuery>

/** The age column sorts by birth date, the other way round: the youngest have the latest dates. */
const flip: Record<'ascend' | 'descend', 'ascend' | 'descend'> = {
  ascend: 'descend',
  descend: 'ascend',
}

/** The `sort` parameter for a column sorter change (name, or age through birthDate). */
export const residentSortFrom = (columnKey: unknown, order: TSortOrder | undefined) =>
  columnKey === 'age'
    ? sortParamFrom('birthDate', order ? flip[order] : null, residentSorts, defaultResidentSort)
    : sortParamFrom(columnKey, order, residentSorts, defaultResidentSort)

/** The order the age column shows for the URL's `sort`. */
export const ageSortOrder = (sort: string): TSortOrder =>
  sort === 'birthDate' ? 'descend' : sort === '-birthDate' ? 'ascend' : null
