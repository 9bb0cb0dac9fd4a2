import { isFieldRole } from '@cr/shared/auth/roles'
import type { TActor } from '../../lib/actor.ts'
import type { TTransaction } from '../../lib/db-types.ts'

/**
 * The field roles' scope (巡逻队员, 楼长): on top of the committee scope, an account of a field
 * role reads and records only the work of the patrol teams it is a current member of
 * (PatrolTeamMember.userId, not left). Resolved once per request by the guard on routes that
 * declare `teamScope: 'own'`; anything else of theirs is out of scope (404), as for another
 * committee's record. Office roles are not limited by team.
 */
export const ownPatrolTeamIds = async (
  db: TTransaction,
  actor: Pick<TActor, 'type' | 'userId'>,
) => {
  // An API token's `userId` is its creator's: a token of a field role is no one's member.
  if (actor.type !== 'user' || !actor.userId) return []
  const rows = await db.patrolTeamMember.findMany({
    where: { userId: actor.userId, leftOn: null, team: { deletedAt: null } },
    select: { teamId: true },
  })
  return [...new Set(rows.map((r) => r.teamId))]
}

/** Whether the actor is held to its own teams (fails closed when they were never resolved). */
const limited = (actor: Pick<TActor, 'role'>) => isFieldRole(actor.role)
const own = (actor: Pick<TActor, 'patrolTeamIds'>) => [...(actor.patrolTeamIds ?? [])]

/** A `where` on records carrying `teamId` (logs): theirs only, for a field role. */
export const ownTeamsFilter = (actor: Pick<TActor, 'role' | 'patrolTeamIds'>) =>
  limited(actor) ? { teamId: { in: own(actor) } } : {}

/** A `where` on the teams themselves. */
export const ownTeamsOnly = (actor: Pick<TActor, 'role' | 'patrolTeamIds'>) =>
  limited(actor) ? { id: { in: own(actor) } } : {}

/** Whether the actor may work on this team's records. */
export const isOwnTeam = (actor: Pick<TActor, 'role' | 'patrolTeamIds'>, teamId: string) =>
  !limited(actor) || own(actor).includes(teamId)
