import { addDays, dayNumber, isCalendarDate } from '../party/calendar.ts'
import { ok, refuse, type TRuleResult } from '../party/rule-result.ts'

/**
 * Patrol times. A patrol belongs to its service date (the date on the roster and in the
 * register), and its window is a start `HH:MM` and an end `HH:MM` on that date; an end at or
 * before the start is on the next day (次日), so 20:00–02:00 is six hours and 20:00–20:00 a
 * whole day. A window is never longer than 24 hours.
 *
 * The absolute form chosen: minutes since the service date's midnight (China time), so 20:00 is
 * 1200 and 次日02:00 is 1560. A moment is a China-local datetime `YYYY-MM-DDTHH:MM` (seconds
 * allowed, `…THH:MM:SS`), as `chinaLocalOf` gives from an instant; `localOffset` places it
 * against a service date in seconds, so a scan at 01:10 on the 2nd is 25h10m after the 1st.
 */

export const minutesPerDay = 1440

export type TPatrolWindow = { start: string; end: string }

const clockPattern = /^([01]\d|2[0-3]):([0-5]\d)$/

/** Minutes since midnight of a clock `HH:MM` (00:00–23:59). */
export const clockMinutes = (clock: string): number => {
  const m = clockPattern.exec(clock)
  if (!m) throw new RangeError(`Not a clock time: ${clock}`)
  return Number(m[1]) * 60 + Number(m[2])
}

export const isClock = (value: string) => clockPattern.test(value)

/** `HH:MM` of minutes since a midnight (wrapping into the day). */
export const clockOf = (minutes: number): string => {
  const m = ((minutes % minutesPerDay) + minutesPerDay) % minutesPerDay
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`
}

/** True when an end clock falls on the next day after a start clock (end ≤ start). */
export const endsNextDay = (window: TPatrolWindow) =>
  clockMinutes(window.end) <= clockMinutes(window.start)

/** The window's start and end in minutes since the service date's midnight (end > start). */
export const windowSpan = (window: TPatrolWindow) => {
  const start = clockMinutes(window.start)
  const end = clockMinutes(window.end) + (endsNextDay(window) ? minutesPerDay : 0)
  return { start, end }
}

export const windowMinutes = (window: TPatrolWindow) => {
  const { start, end } = windowSpan(window)
  return end - start
}

/** The local datetime `minutes` after a service date's midnight. */
export const localAt = (serviceDate: string, minutes: number): string => {
  const days = Math.floor(minutes / minutesPerDay)
  return `${addDays(serviceDate, days)}T${clockOf(minutes - days * minutesPerDay)}`
}

/** The window's start and end as China-local datetimes (`2026-03-31T20:00`, `2026-04-01T02:00`). */
export const windowBounds = (serviceDate: string, window: TPatrolWindow) => {
  const { start, end } = windowSpan(window)
  return { start: localAt(serviceDate, start), end: localAt(serviceDate, end) }
}

const localPattern = /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d))?$/

export const isLocalDateTime = (value: string) => {
  const m = localPattern.exec(value)
  return !!m && isCalendarDate(m[1]!)
}

/** Seconds from a service date's midnight to a local datetime (negative before it). */
export const localOffset = (serviceDate: string, local: string): number => {
  const m = localPattern.exec(local)
  if (!m) throw new RangeError(`Not a local datetime: ${local}`)
  const days = dayNumber(m[1]!) - dayNumber(serviceDate)
  return days * 86_400 + Number(m[2]) * 3600 + Number(m[3]) * 60 + Number(m[4] ?? 0)
}

/**
 * True when a moment falls in the service date's window: from the start (included) to the end
 * (excluded), so back-to-back windows never share a moment.
 */
export const inWindow = (serviceDate: string, window: TPatrolWindow, local: string) => {
  const { start, end } = windowSpan(window)
  const at = localOffset(serviceDate, local)
  return at >= start * 60 && at < end * 60
}

/**
 * The service date whose window holds a moment: the day before when the moment is in that
 * night's window past midnight (a scan at 01:10 on the 2nd belongs to the 1st's 20:00–02:00),
 * else the same day when in its window, else null.
 */
export const serviceDateOf = (window: TPatrolWindow, local: string): string | null => {
  const day = local.slice(0, 10)
  const before = addDays(day, -1)
  if (inWindow(before, window, local)) return before
  if (inWindow(day, window, local)) return day
  return null
}

const cstOffsetMs = 8 * 3_600_000

/** The China-local datetime of an instant, to the second (`2026-04-01T01:10:05`). */
export const chinaLocalOf = (instant: Date): string =>
  new Date(instant.getTime() + cstOffsetMs).toISOString().slice(0, 19)

/** The instant of a China-local datetime (China keeps +08:00 all year). */
export const instantOfChinaLocal = (local: string): Date => {
  if (!isLocalDateTime(local)) throw new RangeError(`Not a local datetime: ${local}`)
  return new Date(`${local.length === 16 ? `${local}:00` : local}+08:00`)
}

// ---- ledger texts ----

/**
 * A time as a register writes it, made plain: full-width digits and colon (`２０：００`), the
 * 时/点 forms (`20时`, `2点30`), spaces; the dash forms of a range (—, －, ～, ~, 至, 到) made `-`.
 */
export const normalizeTimeText = (text: string): string =>
  text
    .replace(/[\uFF10-\uFF19]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[：∶]/g, ':')
    .replace(/\s+/g, '')
    .replace(/[—–－～~至到]+/g, '-')
    .replace(/(\d{1,2})[时点](\d{2})分?/g, '$1:$2')
    .replace(/(\d{1,2})[时点]半/g, '$1:30')
    .replace(/(\d{1,2})[时点]整?/g, '$1:00')

export type TLedgerTime = { clock: string; nextDay: boolean }

const ledgerTimePattern = /^(次日|翌日)?(\d{1,2}):(\d{2})$/

/**
 * One time of a register: `02:00`, `2:00`, `次日02:00`. With the window's start given, a plain
 * end at or before it is on the next day (`02:00` after a 20:00 start), as `次日` says outright;
 * `24:00` is the next day's 00:00. Refused: anything else, and `次日` past the start (a window
 * longer than a day).
 */
export const parseLedgerTime = (
  text: string,
  start?: string,
): TRuleResult<TLedgerTime, 'patrol_time_invalid' | 'patrol_window_too_long'> => {
  const m = ledgerTimePattern.exec(normalizeTimeText(text))
  if (!m) return refuse('patrol_time_invalid')
  let hours = Number(m[2])
  const minutes = Number(m[3])
  let nextDay = !!m[1]
  if (hours === 24 && minutes === 0 && start !== undefined) {
    hours = 0
    nextDay = true
  }
  if (hours > 23 || minutes > 59) return refuse('patrol_time_invalid')
  const clock = `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`
  if (start === undefined) return nextDay ? refuse('patrol_time_invalid') : ok({ clock, nextDay })
  const after = clockMinutes(clock) <= clockMinutes(start)
  if (nextDay && !after) return refuse('patrol_window_too_long')
  return ok({ clock, nextDay: after })
}

/** A window written in one cell: `20:00-次日02:00`, `20：00—02：00`, `８:３０至１０:３０`. */
export const parseLedgerWindow = (
  text: string,
): TRuleResult<TPatrolWindow, 'patrol_time_invalid' | 'patrol_window_too_long'> => {
  const parts = normalizeTimeText(text).split('-')
  if (parts.length !== 2) return refuse('patrol_time_invalid')
  return parseLedgerStartEnd(parts[0]!, parts[1]!)
}

/** A start and an end from two cells (the end as written: `次日02:00` or `02:00`). */
export const parseLedgerStartEnd = (
  startText: string,
  endText: string,
): TRuleResult<TPatrolWindow, 'patrol_time_invalid' | 'patrol_window_too_long'> => {
  const start = parseLedgerTime(startText)
  if (!start.ok) return start
  const end = parseLedgerTime(endText, start.value.clock)
  if (!end.ok) return end
  return ok({ start: start.value.clock, end: end.value.clock })
}
