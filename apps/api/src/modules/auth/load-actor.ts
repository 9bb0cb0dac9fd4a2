import type { TTransaction } from '../../lib/db-types.ts'
import { passwordMaxAgeDays, type TPasswordPolicy } from '@cr/shared/auth/password-policy'
import { rolePermissions, roleSeesAllCommittees, type TRole } from '@cr/shared/auth/roles'
import type { TActor } from '../../lib/actor.ts'
import { isPastLastDay } from '../../lib/dates.ts'

const dayMs = 86_400_000

/** The account may sign in on `today`: active, not removed and not past its last day. */
export const isAccountUsable = (
  user: { active: boolean; deletedAt: Date | null; expiresOn: Date | null },
  today: string,
) => user.active && !user.deletedAt && (!user.expiresOn || !isPastLastDay(user.expiresOn, today))

export const passwordIsStale = (changedAt: Date, policy: TPasswordPolicy): boolean => {
  const maxDays = passwordMaxAgeDays[policy]
  return maxDays !== null && Date.now() - changedAt.getTime() > maxDays * dayMs
}

export const actorFields = (
  role: TRole,
  committeeIds: string[],
  partyScopePath: string | null = null,
) => ({
  role,
  allCommittees: roleSeesAllCommittees(role),
  committeeIds,
  partyScopePath,
  permissions: new Set(rolePermissions[role]),
})

/** What building an actor needs of a user row: with `include: userActorInclude`. */
export const userActorInclude = {
  committees: { select: { committeeId: true } },
  partyOrganization: { select: { path: true } },
} as const
type TUserForActor = Pick<
  NonNullable<Awaited<ReturnType<TTransaction['user']['findUnique']>>>,
  | 'id'
  | 'displayName'
  | 'role'
  | 'active'
  | 'deletedAt'
  | 'expiresOn'
  | 'mustChangePassword'
  | 'passwordChangedAt'
> & {
  committees: Array<{ committeeId: string }>
  partyOrganization: { path: string } | null
}

/** The actor for a user row, or null if the account can no longer be used. */
export const userActor = (
  user: TUserForActor,
  sessionId: string | null,
  policy: TPasswordPolicy,
  today: string,
): TActor | null => {
  if (!isAccountUsable(user, today)) return null
  return {
    type: 'user',
    id: user.id,
    name: user.displayName,
    userId: user.id,
    sessionId,
    mustChangePassword: user.mustChangePassword || passwordIsStale(user.passwordChangedAt, policy),
    ...actorFields(
      user.role,
      user.committees.map((c) => c.committeeId),
      user.partyOrganization?.path ?? null,
    ),
  }
}

/** The actor for a signed-in user, or null if the account can no longer be used. */
export const loadUserActor = async (
  db: TTransaction,
  userId: string,
  sessionId: string | null,
  policy: TPasswordPolicy,
  today: string,
): Promise<TActor | null> => {
  const user = await db.user.findUnique({ where: { id: userId }, include: userActorInclude })
  return user ? userActor(user, sessionId, policy, today) : null
}
