import type { TOfficerPost } from '@cr/shared/party/party-officer'
import { fromDbDate } from '../../lib/dates.ts'
import type { TTransaction } from '../../lib/db-types.ts'

/** What an officer's DTO needs besides its row: the member's name. */
export const partyOfficerInclude = {
  member: { select: { id: true, resident: { select: { name: true } } } },
} as const

type TRow = NonNullable<Awaited<ReturnType<TTransaction['partyOfficer']['findFirst']>>> & {
  member: { id: string; resident: { name: string } }
}

export const toPartyOfficerDto = (row: TRow, today: string) => {
  const termStart = fromDbDate(row.termStart)
  const termEnd = row.termEnd ? fromDbDate(row.termEnd) : null
  return {
    id: row.id,
    member: { id: row.member.id, name: row.member.resident.name },
    post: row.post as TOfficerPost,
    termStart,
    termEnd,
    current: termStart <= today && (termEnd === null || today <= termEnd),
  }
}
