import type { THousehold, THouseholdEvent } from '@cr/shared/households/household'
import type { TTransaction } from '../../lib/db-types.ts'
import { fromDbDate } from '../../lib/dates.ts'

/** What a household's DTO needs besides its row: committee, dwelling, head, current members. */
export const householdInclude = {
  committee: { select: { id: true, name: true } },
  dwelling: { select: { id: true, address: true } },
  head: { select: { id: true, name: true } },
  members: {
    where: { leftOn: null },
    orderBy: { joinedOn: 'asc' },
    select: {
      relationship: true,
      joinedOn: true,
      resident: { select: { id: true, name: true, idNumberMasked: true } },
    },
  },
} as const

type TRow = Awaited<ReturnType<TTransaction['household']['findFirstOrThrow']>> & {
  committee: { id: string; name: string }
  dwelling: { id: string; address: string }
  head: { id: string; name: string }
  members: Array<{
    relationship: string
    joinedOn: Date
    resident: { id: string; name: string; idNumberMasked: string }
  }>
}

/** The head first, then the others in the order they joined. */
export const toHouseholdDto = (row: TRow): THousehold => ({
  id: row.id,
  version: row.version,
  committee: row.committee,
  dwelling: row.dwelling,
  head: row.head,
  members: row.members
    .map((m) => ({
      resident: { id: m.resident.id, name: m.resident.name },
      idNumberMasked: m.resident.idNumberMasked,
      relationship: m.relationship,
      isHead: m.resident.id === row.headResidentId,
      joinedOn: fromDbDate(m.joinedOn),
    }))
    .sort((a, b) => Number(b.isHead) - Number(a.isHead)),
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
})

export const householdEventInclude = {
  resident: { select: { id: true, name: true } },
  otherHousehold: { select: { id: true, dwelling: { select: { address: true } } } },
} as const

type TEventRow = Awaited<ReturnType<TTransaction['householdEvent']['findFirstOrThrow']>> & {
  resident: { id: string; name: string } | null
  otherHousehold: { id: string; dwelling: { address: string } } | null
}

export const toHouseholdEventDto = (row: TEventRow): THouseholdEvent => ({
  id: row.id,
  type: row.type as THouseholdEvent['type'],
  occurredOn: fromDbDate(row.occurredOn),
  resident: row.resident,
  relationship: row.relationship,
  previousRelationship: row.previousRelationship,
  otherHousehold: row.otherHousehold
    ? { id: row.otherHousehold.id, address: row.otherHousehold.dwelling.address }
    : null,
  reason: row.reason,
  actorName: row.actorName,
  recordedAt: row.recordedAt.toISOString(),
})
