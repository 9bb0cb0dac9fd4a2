import type { TPatrolRoute } from '@cr/shared/patrol/patrol-route'
import type { TTransaction } from '../../lib/db-types.ts'

/** What a route answer reads; the QR tokens are left out (only the QR sheet gives them). */
export const patrolRouteInclude = {
  committee: { select: { id: true, name: true } },
  checkpoints: {
    orderBy: { position: 'asc' },
    include: { building: { select: { id: true, address: true } } },
  },
} as const

export type TPatrolRouteRow = NonNullable<Awaited<ReturnType<typeof readPatrolRouteRow>>>
export const readPatrolRouteRow = (db: TTransaction, where: object) =>
  db.patrolRoute.findFirst({ where, include: patrolRouteInclude })

export const toPatrolRouteDto = (row: TPatrolRouteRow): TPatrolRoute => ({
  id: row.id,
  version: row.version,
  committee: row.committee,
  name: row.name,
  notes: row.notes,
  checkpoints: row.checkpoints.map((c) => ({
    id: c.id,
    position: c.position,
    name: c.name,
    building: c.building ? { id: c.building.id, name: c.building.address } : null,
    place: c.place,
    expectedMinutes: c.expectedMinutes,
    deviationMinutes: c.deviationMinutes,
  })),
  totalMinutes: row.checkpoints.reduce((sum, c) => sum + c.expectedMinutes, 0),
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
})
