import type { TInspectionItem } from '@cr/shared/rentals/rental-codes'
import type { TRentalInspection } from '@cr/shared/rentals/rental-inspection'
import { occupantsOverAllowed } from '@cr/shared/rentals/rental-rules'
import type { TTransaction } from '../../lib/db-types.ts'
import { fromDbDate } from '../../lib/dates.ts'

export const rentalInspectionInclude = {
  committee: { select: { id: true, name: true } },
  property: { select: { id: true, dwelling: { select: { address: true } } } },
  pendingRegistrations: {
    where: { deletedAt: null },
    orderBy: { createdAt: 'asc' },
    select: { id: true, name: true },
  },
} as const

type TRow = Awaited<ReturnType<TTransaction['rentalInspection']['findFirstOrThrow']>> & {
  committee: { id: string; name: string }
  property: { id: string; dwelling: { address: string } }
  pendingRegistrations: Array<{ id: string; name: string }>
}

const day = (d: Date | null) => (d ? fromDbDate(d) : null)

export const toRentalInspectionDto = (row: TRow, today: string): TRentalInspection => {
  const due = day(row.rectificationDueOn)
  return {
    id: row.id,
    version: row.version,
    committee: row.committee,
    property: { id: row.property.id, name: row.property.dwelling.address },
    inspectedOn: fromDbDate(row.inspectedOn),
    inspectors: row.inspectors,
    items: row.items as TInspectionItem[],
    findings: row.findings,
    occupantCount: row.occupantCount,
    allowedOccupants: row.allowedOccupants,
    occupantsOverAllowed:
      row.occupantCount === null
        ? 0
        : occupantsOverAllowed(row.occupantCount, row.allowedOccupants),
    rectificationDueOn: due,
    rectifiedOn: day(row.rectifiedOn),
    rectificationNote: row.rectificationNote,
    rectificationOverdue: !!due && !row.rectifiedOn && due < today,
    pendingRegistrations: row.pendingRegistrations,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  }
}
