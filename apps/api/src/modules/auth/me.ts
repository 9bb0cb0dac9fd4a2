import type { TTransaction } from '../../lib/db-types.ts'
import type { TMe } from '@cr/shared/auth/auth'
import type { TPasswordPolicy } from '@cr/shared/auth/password-policy'
import type { TActor } from '../../lib/actor.ts'
import { getOfficeName } from '../settings/settings.service.ts'

/** The signed-in picture the web app starts from: who, may do what, sees which committees. */
export const buildMe = async (
  db: TTransaction,
  actor: TActor,
  policy: TPasswordPolicy,
): Promise<TMe> => {
  const committees = await db.committee.findMany({
    where: {
      deletedAt: null,
      ...(actor.allCommittees ? { active: true } : { id: { in: actor.committeeIds } }),
    },
    select: { id: true, name: true },
    orderBy: { code: 'asc' },
  })
  const user =
    actor.type === 'user'
      ? await db.user.findUniqueOrThrow({ where: { id: actor.id }, select: { username: true } })
      : null
  return {
    user: {
      id: actor.id,
      username: user?.username ?? actor.name,
      displayName: actor.name,
      role: actor.role,
    },
    authMethod: actor.type === 'user' ? 'session' : 'token',
    permissions: [...actor.permissions],
    allCommittees: actor.allCommittees,
    committees,
    mustChangePassword: actor.mustChangePassword,
    passwordPolicy: policy,
    officeName: await getOfficeName(db),
  }
}
