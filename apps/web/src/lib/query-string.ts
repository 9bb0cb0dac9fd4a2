export type TQueryValue = string | number | boolean | null | undefined
export type TQuery = Record<string, TQueryValue>

/**
 * `?a=1&b=true` from an object. Blank values are left out, so an empty filter means "no filter"
 * rather than "equals the empty string"; booleans go as `true`/`false` (the API's queryBoolean).
 */
export const toQueryString = (query: TQuery | undefined): string => {
  if (!query) return ''
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue
    params.set(key, String(value))
  }
  const text = params.toString()
  return text ? `?${text}` : ''
}
