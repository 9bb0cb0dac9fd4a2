import type { TLessorDuty } from '@cr/shared/rentals/rental-codes'
import type { TRentalProperty } from '@cr/shared/rentals/rental-property'
import { occupantsOverAllowed, rentalContractStatus } from '@cr/shared/rentals/rental-rules'
import type { TTransaction } from '../../lib/db-types.ts'
import { fromDbDate } from '../../lib/dates.ts'
import { personSelect, toPersonRef, type TPersonRow } from './rental-people.ts'

/** The current contract: live, not renewed by a live one, the latest lease. */
export const currentContractWhere = { deletedAt: null, renewedBy: { is: null } } as const

/** What a rental property's DTO needs besides its row. */
export const rentalPropertyInclude = {
  committee: { select: { id: true, name: true } },
  dwelling: {
    select: { id: true, address: true, building: { select: { id: true, address: true } } },
  },
  landlord: { select: personSelect },
  agent: { select: personSelect },
  contracts: {
    where: currentContractWhere,
    orderBy: [{ leaseStartsOn: 'desc' }, { createdAt: 'desc' }] as Array<
      { leaseStartsOn: 'desc' } | { createdAt: 'desc' }
    >,
    take: 1,
    select: { id: true, number: true, leaseEndsOn: true, cancelledOn: true },
  },
  _count: { select: { temporaryResidents: { where: { leftOn: null, deletedAt: null } } } },
} as const

type TRow = Awaited<ReturnType<TTransaction['rentalProperty']['findFirstOrThrow']>> & {
  committee: { id: string; name: string }
  dwelling: { id: string; address: string; building: { id: string; address: string } }
  landlord: TPersonRow
  agent: TPersonRow | null
  contracts: Array<{ id: string; number: string; leaseEndsOn: Date; cancelledOn: Date | null }>
  _count: { temporaryResidents: number }
}

export const toRentalPropertyDto = (row: TRow, today: string): TRentalProperty => {
  const contract = row.contracts[0]
  const occupantCount = row._count.temporaryResidents
  return {
    id: row.id,
    version: row.version,
    committee: row.committee,
    building: { id: row.dwelling.building.id, name: row.dwelling.building.address },
    dwelling: { id: row.dwelling.id, name: row.dwelling.address },
    landlord: toPersonRef(row.landlord),
    agent: row.agent ? toPersonRef(row.agent) : null,
    use: row.use,
    rooms: row.rooms,
    area: row.area === null ? null : row.area.toFixed(2),
    allowedOccupants: row.allowedOccupants,
    duties: row.duties as TLessorDuty[],
    dutiesConfirmedOn: row.dutiesConfirmedOn ? fromDbDate(row.dutiesConfirmedOn) : null,
    occupantCount,
    occupantsOverAllowed: occupantsOverAllowed(occupantCount, row.allowedOccupants),
    contract: contract
      ? {
          id: contract.id,
          number: contract.number,
          leaseEndsOn: fromDbDate(contract.leaseEndsOn),
          status: rentalContractStatus(
            {
              leaseEndsOn: fromDbDate(contract.leaseEndsOn),
              cancelledOn: contract.cancelledOn ? fromDbDate(contract.cancelledOn) : null,
            },
            today,
          ),
        }
      : null,
    notes: row.notes,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  }
}
