import { z } from 'zod'

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
