import { messageFor } from '@cr/shared/common/issue'
import { isCalendarDate } from '@cr/shared/party/calendar'
import { ZTransferIn } from '@cr/shared/party/party-member'
import { letterOnArrival } from '@cr/shared/party/transfer-letter'

type TLetterDates = {
  issuedOn: string | null
  validDays: number | null
  receivedOn: string | null
}

/**
 * The letter as it stood on the day it reached this office, by the shared rule (expired when
 * received after its last valid day); null while the dates are incomplete or refused.
 */
export const letterArrival = ({ issuedOn, validDays, receivedOn }: TLetterDates) => {
  if (!issuedOn || !receivedOn || !validDays) return null
  if (!isCalendarDate(issuedOn) || !isCalendarDate(receivedOn)) return null
  const state = letterOnArrival({ issuedOn, validDays, receivedOn })
  return state.ok ? state.value : null
}

/**
 * The contract's letter, with the reason for the delay required of a letter that had expired
 * when it arrived (延误原因, certified by the branch) and sent only then.
 */
export const ZLetterForm = ZTransferIn.shape.letter
  .superRefine((letter, ctx) => {
    if (letterArrival(letter)?.status === 'expired' && !letter.delayReason)
      ctx.addIssue({
        code: 'custom',
        path: ['delayReason'],
        message: messageFor('party_letter_expired'),
      })
  })
  .transform(({ delayReason, ...letter }) =>
    letterArrival(letter)?.status === 'expired' ? { ...letter, delayReason } : letter,
  )
