import type { TBuilding } from '@cr/shared/places/building'
import type { TTransaction } from '../../lib/db-types.ts'

/** What a building's DTO needs besides its row: its committee, its 楼长, its live dwellings. */
export const buildingInclude = {
  committee: { select: { id: true, name: true } },
  leaders: { select: { resident: { select: { id: true, name: true } } } },
  _count: { select: { dwellings: { where: { deletedAt: null } } } },
} as const

type TRow = Awaited<ReturnType<TTransaction['building']['findFirstOrThrow']>> & {
  committee: { id: string; name: string }
  leaders: Array<{ resident: { id: string; name: string } }>
  _count: { dwellings: number }
}

export const toBuildingDto = (row: TRow): TBuilding => ({
  id: row.id,
  version: row.version,
  committee: row.committee,
  street: row.street,
  buildingNumber: row.buildingNumber,
  estateName: row.estateName,
  gridCode: row.gridCode,
  address: row.address,
  dwellingCount: row._count.dwellings,
  leaders: row.leaders.map((l) => l.resident),
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
})
