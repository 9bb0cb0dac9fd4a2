/** What a print page waits on: one query, or several combined by `allQueries`. */
export type TPrintState = {
  isPending: boolean
  isError: boolean
  error: unknown
  refetch: () => unknown
}

/** Several queries as one state: pending while any is, failed when any failed. */
export const allQueries = (...queries: TPrintState[]): TPrintState => ({
  isPending: queries.some((q) => q.isPending),
  isError: queries.some((q) => q.isError),
  error: queries.find((q) => q.isError)?.error ?? null,
  refetch: () => queries.filter((q) => q.isError).forEach((q) => void q.refetch()),
})
