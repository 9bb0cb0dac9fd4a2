import type { TMeetingType } from '@cr/shared/party/party-codes'
import type { TPartyMeeting } from '@cr/shared/party/party-meeting'
import { fromDbDate } from '../../lib/dates.ts'
import type { TTransaction } from '../../lib/db-types.ts'

/** What a meeting's DTO needs besides its row: the organisation and the attendance. */
export const partyMeetingInclude = {
  organization: { select: { id: true, name: true } },
  attendance: {
    select: {
      present: true,
      absenceReason: true,
      member: { select: { id: true, resident: { select: { name: true } } } },
    },
  },
} as const

type TRow = NonNullable<Awaited<ReturnType<TTransaction['partyMeeting']['findFirst']>>> & {
  organization: { id: string; name: string }
  attendance: {
    present: boolean
    absenceReason: string | null
    member: { id: string; resident: { name: string } }
  }[]
}

export const toPartyMeetingDto = (row: TRow): TPartyMeeting => ({
  id: row.id,
  version: row.version,
  organization: row.organization,
  type: row.type as TMeetingType,
  heldOn: fromDbDate(row.heldOn),
  title: row.title,
  minutes: row.minutes,
  attendance: row.attendance
    .map((a) => ({
      member: { id: a.member.id, name: a.member.resident.name },
      present: a.present,
      absenceReason: a.absenceReason,
    }))
    .sort((a, b) => a.member.name.localeCompare(b.member.name, 'zh-CN')),
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
})
