import type { TRentalContract } from '@cr/shared/rentals/rental-contract'
import {
  contractExpiringWithinDays,
  rentalContractStatus,
  type TRentalContractStatus,
} from '@cr/shared/rentals/rental-rules'
import { addDays } from '@cr/shared/party/calendar'
import type { TTransaction } from '../../lib/db-types.ts'
import { fromDbDate, toDbDate } from '../../lib/dates.ts'
import { personSelect, toPersonRef, type TPersonRow } from './rental-people.ts'

export const rentalContractInclude = {
  committee: { select: { id: true, name: true } },
  property: {
    select: {
      id: true,
      use: true,
      dwelling: { select: { address: true } },
      landlord: { select: personSelect },
    },
  },
  renews: { select: { id: true, number: true } },
  renewedBy: { select: { id: true, number: true, deletedAt: true } },
} as const

type TRow = Awaited<ReturnType<TTransaction['rentalContract']['findFirstOrThrow']>> & {
  committee: { id: string; name: string }
  property: {
    id: string
    use: TRentalContract['use']
    dwelling: { address: string }
    landlord: TPersonRow
  }
  renews: { id: string; number: string } | null
  renewedBy: { id: string; number: string; deletedAt: Date | null } | null
}

const dateOrNull = (d: Date | null) => (d ? fromDbDate(d) : null)

export const toRentalContractDto = (row: TRow, today: string): TRentalContract => ({
  id: row.id,
  version: row.version,
  committee: row.committee,
  property: { id: row.property.id, name: row.property.dwelling.address },
  landlord: toPersonRef(row.property.landlord),
  use: row.property.use,
  number: row.number,
  signedOn: fromDbDate(row.signedOn),
  leaseStartsOn: fromDbDate(row.leaseStartsOn),
  leaseEndsOn: fromDbDate(row.leaseEndsOn),
  monthlyRent: row.monthlyRent === null ? null : row.monthlyRent.toFixed(2),
  status: rentalContractStatus(
    { leaseEndsOn: fromDbDate(row.leaseEndsOn), cancelledOn: dateOrNull(row.cancelledOn) },
    today,
  ),
  cancelledOn: dateOrNull(row.cancelledOn),
  cancelReason: row.cancelReason,
  renews: row.renews ? { id: row.renews.id, name: row.renews.number } : null,
  renewedBy:
    row.renewedBy && !row.renewedBy.deletedAt
      ? { id: row.renewedBy.id, name: row.renewedBy.number }
      : null,
  notes: row.notes,
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
})

/** The status rule (`rentalContractStatus`) as a condition on contract rows, on `today`. */
export const contractStatusWhere = (status: TRentalContractStatus, today: string) => {
  const soon = toDbDate(addDays(today, contractExpiringWithinDays))
  const day = toDbDate(today)
  switch (status) {
    case 'cancelled':
      return { cancelledOn: { not: null } }
    case 'expired':
      return { cancelledOn: null, leaseEndsOn: { lt: day } }
    case 'expiring':
      return { cancelledOn: null, leaseEndsOn: { gte: day, lte: soon } }
    case 'active':
      return { cancelledOn: null, leaseEndsOn: { gt: soon } }
  }
}
