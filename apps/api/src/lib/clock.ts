import { isCalendarDate, todayInChina } from '@cr/shared/party/calendar'

/**
 * The one clock business dates are taken from: "today" for the party rules (probation, dues
 * months, letters' validity, officers' terms), households' default dates, tokens' and accounts'
 * last days, co-building agreements in force, reminders, an import's dates, export file names.
 * The app gets it from its config (`app.clock`, `app.today()`); a write gets `ctx.today`, taken
 * once per request, and services receive `today` as a parameter — never `todayInChina()`
 * (a lint rule refuses the call without an instant). Tests build the app with `fixedClock(day)`.
 *
 * Timestamps of what the system did (created/updated/deleted, audit rows, sessions, sign-in
 * lockouts, idempotency keys, file retention) stay on the real clock: they are instants that
 * PostgreSQL's `now()` also writes and compares, and a configurable clock must never be able
 * to stretch a lockout or a session.
 */
export type TClock = () => Date

export const systemClock: TClock = () => new Date()

/**
 * A clock that always reads the same instant: a `YYYY-MM-DD` day (noon CST, so no offset can
 * move the day) or an ISO instant with its zone.
 */
export const fixedClock = (at: string): TClock => {
  const day = isCalendarDate(at)
  const instant = new Date(day ? `${at}T12:00:00+08:00` : at)
  // An instant without its zone would be read in the machine's zone: refused, not guessed.
  if (Number.isNaN(instant.getTime()) || (!day && !/T.*([zZ]|[+-]\d\d:?\d\d)$/.test(at)))
    throw new RangeError(`Not a day (YYYY-MM-DD) or an ISO instant with its zone: ${at}`)
  return () => new Date(instant)
}

/** Today in China Standard Time by this clock, `YYYY-MM-DD`. */
export const todayBy = (clock: TClock): string => todayInChina(clock())
