import { wholeMonthsBetween } from '@cr/shared/party/calendar'
import { fromDbDate } from '../../lib/dates.ts'
import type { TTransaction } from '../../lib/db-types.ts'

type TRow = NonNullable<Awaited<ReturnType<TTransaction['partyFlow']['findFirst']>>>

export const toPartyFlowDto = (row: TRow, today: string) => {
  const leftOn = fromDbDate(row.leftOn)
  const returnedOn = row.returnedOn ? fromDbDate(row.returnedOn) : null
  return {
    id: row.id,
    destination: row.destination,
    reason: row.reason,
    cardNumber: row.cardNumber,
    leftOn,
    returnedOn,
    longAway: wholeMonthsBetween(leftOn, returnedOn ?? today) > 6,
  }
}
