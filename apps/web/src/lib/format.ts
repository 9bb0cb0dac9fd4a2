import dayjs from './dayjs'

/** Timestamps as clerks read them: `2026-11-27 09:14` in the browser's (China) time. */
export const formatDateTime = (iso: string | null | undefined): string =>
  iso ? dayjs(iso).format('YYYY-MM-DD HH:mm') : '—'

/** Calendar dates are already `YYYY-MM-DD`; only the blank needs a mark. */
export const formatDate = (date: string | null | undefined): string => date ?? '—'

/** Whether a `lockedUntil`-style timestamp is still in the future. */
export const isInFuture = (iso: string | null | undefined, now = Date.now()): boolean =>
  Boolean(iso) && Date.parse(iso as string) > now
