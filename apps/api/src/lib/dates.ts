/** Today's calendar date in China Standard Time (UTC+8), `YYYY-MM-DD`, at the given instant. */
export const todayCst = (now: Date) =>
  new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(0, 10)

/** A calendar date as stored in a PostgreSQL `date` column through Prisma (midnight UTC). */
export const toDbDate = (date: string) => new Date(`${date}T00:00:00Z`)

export const fromDbDate = (date: Date) => date.toISOString().slice(0, 10)

/** True once the given last valid day (a `date` column, a CST calendar day) is over `today`. */
export const isPastLastDay = (lastDay: Date, today: string) => fromDbDate(lastDay) < today
