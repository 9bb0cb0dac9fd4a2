import type { TPatrolPlan } from '@cr/shared/patrol/patrol-plan'
import type { TPatrolPlanRule, TPlanDays } from '@cr/shared/patrol/patrol-roster'
import { endsNextDay, windowMinutes } from '@cr/shared/patrol/patrol-time'
import type { TTransaction } from '../../lib/db-types.ts'
import { fromDbDate } from '../../lib/dates.ts'

/** What a plan answer reads: its committee, team (with its kind) and route by name. */
export const patrolPlanInclude = {
  committee: { select: { id: true, name: true } },
  team: { select: { id: true, name: true, kind: true } },
  route: { select: { id: true, name: true } },
} as const

export type TPatrolPlanRow = NonNullable<Awaited<ReturnType<typeof readPatrolPlanRow>>>
export const readPatrolPlanRow = (db: TTransaction, where: object) =>
  db.patrolPlan.findFirst({ where, include: patrolPlanInclude })

/** The stored `days` column as the contract's union (written only through ZPatrolPlanDays). */
const daysOf = (json: unknown) => json as TPlanDays

export const toPatrolPlanDto = (row: TPatrolPlanRow): TPatrolPlan => {
  const window = { start: row.start, end: row.end }
  return {
    id: row.id,
    version: row.version,
    committee: row.committee,
    team: { ...row.team, kind: row.team.kind as TPatrolPlan['team']['kind'] },
    route: row.route,
    days: daysOf(row.days) as TPatrolPlan['days'],
    start: row.start,
    end: row.end,
    endsNextDay: endsNextDay(window),
    minutes: windowMinutes(window),
    from: fromDbDate(row.fromDate),
    to: row.toDate ? fromDbDate(row.toDate) : null,
    note: row.note,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  }
}

/** A stored plan as the roster rules (patrol-roster.ts) take it. */
export const toPlanRule = (row: {
  id: string
  teamId: string
  routeId: string | null
  days: unknown
  start: string
  end: string
  fromDate: Date
  toDate: Date | null
}): TPatrolPlanRule => ({
  id: row.id,
  teamId: row.teamId,
  routeId: row.routeId,
  days: daysOf(row.days),
  window: { start: row.start, end: row.end },
  from: fromDbDate(row.fromDate),
  to: row.toDate ? fromDbDate(row.toDate) : null,
})
