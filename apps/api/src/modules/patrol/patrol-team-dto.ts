import type { TPatrolTeam } from '@cr/shared/patrol/patrol-team'
import { buildingGroupSize } from '@cr/shared/patrol/patrol-team'
import type { TTransaction } from '../../lib/db-types.ts'
import { fromDbDate } from '../../lib/dates.ts'

/** What a team answer reads: names only — never a resident's ID number. */
export const patrolTeamInclude = {
  committee: { select: { id: true, name: true } },
  members: {
    orderBy: { joinedOn: 'asc' },
    include: {
      resident: { select: { id: true, name: true } },
      user: { select: { id: true, displayName: true } },
    },
  },
} as const

export type TPatrolTeamRow = NonNullable<Awaited<ReturnType<typeof readPatrolTeamRow>>>
export const readPatrolTeamRow = (db: TTransaction, where: object) =>
  db.patrolTeam.findFirst({ where, include: patrolTeamInclude })

/** The covered buildings' addresses, read once for a page of teams. */
export const buildingNames = async (db: TTransaction, ids: readonly string[]) => {
  if (ids.length === 0) return new Map<string, string>()
  const rows = await db.building.findMany({
    where: { id: { in: [...new Set(ids)] } },
    select: { id: true, address: true },
  })
  return new Map(rows.map((b) => [b.id, b.address]))
}

export const toPatrolTeamDto = (
  row: TPatrolTeamRow,
  buildings: Map<string, string>,
): TPatrolTeam => {
  const members = row.members
    .map((m) => ({
      id: m.id,
      name: m.resident?.name ?? m.user?.displayName ?? '',
      resident: m.resident ? { id: m.resident.id, name: m.resident.name } : null,
      user: m.user ? { id: m.user.id, name: m.user.displayName } : null,
      leader: m.leader,
      joinedOn: fromDbDate(m.joinedOn),
      leftOn: m.leftOn ? fromDbDate(m.leftOn) : null,
      current: m.leftOn === null,
    }))
    // Current members first (the leader at the top), then those who left; each by join date.
    .sort((a, b) => Number(b.current) - Number(a.current) || Number(b.leader) - Number(a.leader))
  const current = members.filter((m) => m.current)
  const leader = current.find((m) => m.leader)
  return {
    id: row.id,
    version: row.version,
    committee: row.committee,
    kind: row.kind as TPatrolTeam['kind'],
    name: row.name,
    buildings: row.buildingIds.map((id) => ({ id, name: buildings.get(id) ?? '' })),
    notes: row.notes,
    members,
    leader: leader ? { id: leader.id, name: leader.name } : null,
    currentCount: current.length,
    warnings:
      row.kind === 'building_group' && current.length < buildingGroupSize.min
        ? ['patrol_group_too_small']
        : [],
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  }
}
