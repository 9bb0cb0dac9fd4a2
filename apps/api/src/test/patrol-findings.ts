import type { TTransaction } from '../lib/db-types.ts'
import { toDbDate } from '../lib/dates.ts'
import { newId } from '../lib/ids.ts'

/**
 * A patrol log with one incident and one 盘查, written straight to the tables (the schema is
 * fixed; the logs API is another module's): what follow-up tests and the route walk's world
 * need, without going through the logs routes. The leader is the one member, a staff account.
 */
export const seedPatrolFindings = async (
  db: TTransaction,
  options: {
    committeeId: string
    leaderUserId: string
    /** The team that went; a new one (named `teamName`) when not given. */
    teamId?: string
    teamName?: string
    date?: string
  },
) => {
  const teamId = options.teamId ?? newId()
  if (!options.teamId)
    await db.patrolTeam.create({
      data: {
        id: teamId,
        committeeId: options.committeeId,
        kind: 'team',
        name: options.teamName ?? '夜间巡逻队',
        buildingIds: [],
      },
    })
  const logId = newId()
  await db.patrolLog.create({
    data: {
      id: logId,
      committeeId: options.committeeId,
      date: toDbDate(options.date ?? '2026-03-01'),
      start: '20:00',
      end: '02:00',
      teamId,
      source: 'office',
      members: {
        create: [{ id: newId(), userId: options.leaderUserId, leader: true, position: 0 }],
      },
    },
  })
  const incidentId = newId()
  await db.patrolIncident.create({
    data: {
      id: incidentId,
      logId,
      position: 0,
      type: 'fire_hazard',
      text: '3号楼消防通道堆放杂物，堵塞通道',
      handling: 'reported',
      needsFollowUp: true,
    },
  })
  const questioningId = newId()
  await db.patrolQuestioning.create({
    data: {
      id: questioningId,
      logId,
      position: 0,
      name: '陌生男子',
      description: '黑色外套，推电动车',
      grounds: ['suspicious_behaviour'],
      outcome: 'released',
      needsFollowUp: true,
    },
  })
  return { teamId, logId, incidentId, questioningId }
}
