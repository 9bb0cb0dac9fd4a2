import type { TPermission, TRole } from '@cr/shared/auth/roles'

/** Who is making a request: a signed-in user or an integration's API token. */
export type TActor = {
  type: 'user' | 'token'
  /** The user id, or the token id for integrations. */
  id: string
  name: string
  role: TRole
  /** The user behind the request (the token's creator for integrations), for `createdBy` fields. */
  userId: string | null
  sessionId: string | null
  allCommittees: boolean
  committeeIds: string[]
  /**
   * A branch secretary's account: the materialised path of the party organisation whose
   * subtree bounds the party records it sees (on top of the committees); null otherwise.
   */
  partyScopePath: string | null
  permissions: ReadonlySet<TPermission>
  mustChangePassword: boolean
  /**
   * A field role's own patrol teams (current memberships), resolved by the guard on routes that
   * declare `teamScope: 'own'`; undefined elsewhere (patrol-team-scope.ts then allows none).
   */
  patrolTeamIds?: readonly string[]
}

/** What every request carries besides the actor: for audit rows and logs. */
export type TRequestMeta = { requestId: string; clientIp: string }

/**
 * The committees filter for records that belong to one committee. Clerks and viewers see only
 * theirs; a record outside that scope is treated exactly as one that does not exist (404).
 * Combine it with other conditions in an `AND` list, never by spreading: a spread filter on
 * the same field (`committeeId` from a query) would silently replace the scope.
 */
export const committeeScope = (actor: Pick<TActor, 'allCommittees' | 'committeeIds'>) =>
  actor.allCommittees ? {} : { committeeId: { in: actor.committeeIds } }
