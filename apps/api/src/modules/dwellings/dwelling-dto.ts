import type { TDwelling } from '@cr/shared/places/dwelling'
import type { TTransaction } from '../../lib/db-types.ts'

/** What a dwelling's DTO needs besides its row: committee, building, owner, current occupants. */
export const dwellingInclude = {
  committee: { select: { id: true, name: true } },
  building: { select: { id: true, address: true } },
  ownerResident: { select: { id: true, name: true } },
  households: {
    where: { deletedAt: null },
    select: { _count: { select: { members: { where: { leftOn: null } } } } },
  },
} as const

type TRow = Awaited<ReturnType<TTransaction['dwelling']['findFirstOrThrow']>> & {
  committee: { id: string; name: string }
  building: { id: string; address: string }
  ownerResident: { id: string; name: string } | null
  households: Array<{ _count: { members: number } }>
}

export const toDwellingDto = (row: TRow): TDwelling => ({
  id: row.id,
  version: row.version,
  committee: row.committee,
  building: { id: row.building.id, name: row.building.address },
  unit: row.unit,
  room: row.room,
  area: row.area === null ? null : row.area.toFixed(2),
  use: row.use,
  owner: {
    resident: row.ownerResident,
    name: row.ownerName,
    idNumberMasked: row.ownerIdNumberMasked,
  },
  address: row.address,
  occupantCount: row.households.reduce((sum, h) => sum + h._count.members, 0),
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
})
