import { z } from 'zod'
import { maxPageNumber } from '@cr/shared/common/pagination'

/**
 * URL search values as the router hands them over: it JSON-parses each value, so `?q=123`
 * arrives as the number 123. Text filters take numbers back as text.
 */
export const searchText = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (typeof value === 'number' ? String(value) : value), schema)

/** `?active=true|false` → boolean; anything else means "no filter". */
export const searchBoolean = z.boolean().optional().catch(undefined)

export type TSortOrder = 'ascend' | 'descend' | null

/** The antd column sort order for `field`, given `sort=field` / `sort=-field`. */
export const sortOrderFor = (sort: string | undefined, field: string): TSortOrder => {
  if (sort === field) return 'ascend'
  if (sort === `-${field}`) return 'descend'
  return null
}

/** The `sort` parameter for an antd sorter change; clearing the sort returns the default. */
export const sortParamFrom = <T extends string>(
  field: unknown,
  order: TSortOrder | undefined,
  allowed: readonly T[],
  fallback: T,
): T => {
  if (typeof field !== 'string' || !order) return fallback
  const value = order === 'descend' ? `-${field}` : field
  return (allowed as readonly string[]).includes(value) ? (value as T) : fallback
}

/** Drops `undefined` so the URL does not carry empty filters. */
export const compact = <T extends Record<string, unknown>>(value: T): Partial<T> =>
  Object.fromEntries(
    Object.entries(value).filter(([, v]) => v !== undefined && v !== ''),
  ) as Partial<T>

/** Rows per page a clerk may choose on a numbered list (`?size=`); 20 unless chosen. */
export const pageSizes = [10, 20, 50, 100] as const
export const defaultPageSize = 20

/**
 * `?page=3&size=50` of a numbered list (ZNumberedListQuery): a bad value falls back to the first
 * page or the default size, as any hand-edited search value does.
 */
export const ZPageSearch = z.object({
  page: z.number().int().min(1).max(maxPageNumber).optional().catch(undefined),
  size: z.literal(pageSizes).optional().catch(undefined),
})
export type TPageSearch = z.infer<typeof ZPageSearch>

/** The API's `page` and `limit` for the page a search shows. */
export const pageQueryOf = (search: TPageSearch) => ({
  page: search.page ?? 1,
  limit: search.size ?? defaultPageSize,
})

/**
 * The search after a change: a new filter, search text or order starts again at page 1 (page 5
 * of the old filter means nothing in the new one); a change of page or page size keeps the rest.
 */
export const withPageReset = <T extends TPageSearch>(previous: T, next: T): T =>
  filtersChanged(previous, next) || next.size !== previous.size
    ? { ...next, page: undefined }
    : next

/** Whether two searches of a numbered list differ in anything but the page and its size. */
export const filtersChanged = <T extends TPageSearch>(previous: T, next: T): boolean => {
  const keys = new Set([...Object.keys(previous), ...Object.keys(next)])
  return [...keys].some(
    (key) =>
      key !== 'page' &&
      key !== 'size' &&
      JSON.stringify(previous[key as keyof T]) !== JSON.stringify(next[key as keyof T]),
  )
}

/** A numbered list's page: which one, its size, the total, and what choosing another does. */
export type TListPaging = {
  page: number
  pageSize: number
  total: number | undefined
  onChange: (page: number, pageSize: number) => void
}

/**
 * The paging of a numbered list whose page and page size are in the URL's search. The size is
 * written to the URL only when it is not the default one shown (antd reports the size with
 * every page change, and a size that "changed" from unset to 20 would start again at page 1).
 */
export const searchPaging = <S extends TPageSearch>(
  search: S,
  total: number | undefined,
  onSearchChange: (next: S) => void,
): TListPaging => {
  const { page, limit } = pageQueryOf(search)
  return {
    page,
    pageSize: limit,
    total,
    onChange: (next, size) =>
      onSearchChange({
        ...search,
        page: next,
        size: size === limit ? search.size : (size as TPageSearch['size']),
      }),
  }
}

/**
 * `?q=` of a list: trimmed text of at most the contract's `max` characters; else no filter.
 * Search files build their URL search from these and the contract's types only, so the route
 * files that load them at start do not pull the contract's schemas into the first load.
 */
export const searchQuery = (max: number) =>
  searchText(z.string().trim().max(max).optional()).catch(undefined)

/** `?sort=` among the list's orders; missing or bad, the default. */
export const searchSort = <const T extends readonly [string, ...string[]]>(
  sorts: T,
  fallback: T[number],
) => z.enum(sorts).default(fallback).catch(fallback)
