import type { TPendingRegistration } from '@cr/shared/rentals/pending-registration'
import type { TTransaction } from '../../lib/db-types.ts'
import { fromDbDate } from '../../lib/dates.ts'

export const pendingRegistrationInclude = {
  committee: { select: { id: true, name: true } },
  property: { select: { id: true, dwelling: { select: { address: true } } } },
  inspection: { select: { id: true, inspectedOn: true } },
  temporaryResident: { select: { id: true, resident: { select: { name: true } } } },
} as const

type TRow = Awaited<ReturnType<TTransaction['pendingRegistration']['findFirstOrThrow']>> & {
  committee: { id: string; name: string }
  property: { id: string; dwelling: { address: string } }
  inspection: { id: string; inspectedOn: Date } | null
  temporaryResident: { id: string; resident: { name: string } } | null
}

export const toPendingRegistrationDto = (row: TRow): TPendingRegistration => ({
  id: row.id,
  version: row.version,
  committee: row.committee,
  property: { id: row.property.id, name: row.property.dwelling.address },
  name: row.name,
  description: row.description,
  source: row.source,
  reportedBy: row.reportedBy,
  reportedOn: fromDbDate(row.reportedOn),
  inspection: row.inspection
    ? { id: row.inspection.id, name: `${fromDbDate(row.inspection.inspectedOn)} 检查` }
    : null,
  state: row.state,
  resolvedOn: row.resolvedOn ? fromDbDate(row.resolvedOn) : null,
  temporaryResident: row.temporaryResident
    ? { id: row.temporaryResident.id, name: row.temporaryResident.resident.name }
    : null,
  clearReason: row.clearReason,
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
})
