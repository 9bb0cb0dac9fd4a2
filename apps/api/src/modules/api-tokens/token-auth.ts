import type { TTransaction } from '../../lib/db-types.ts'
import type { TActor } from '../../lib/actor.ts'
import { isPastLastDay } from '../../lib/dates.ts'
import { sha256 } from '../../lib/ids.ts'
import { actorFields } from '../auth/load-actor.ts'

export const tokenPrefix = 'crt_'

/** Recording every use would write on every request; once a minute is enough to audit use. */
const touchEveryMs = 60_000

/** The actor for an API token, or null if it is unknown, revoked or expired. */
export const findTokenActor = async (
  db: TTransaction,
  secret: string,
  today: string,
): Promise<TActor | null> => {
  if (!secret.startsWith(tokenPrefix)) return null
  const token = await db.apiToken.findUnique({
    where: { tokenHash: sha256(secret) },
    include: { committees: { select: { committeeId: true } } },
  })
  if (!token || token.revokedAt) return null
  if (isPastLastDay(token.expiresOn, today)) return null
  if (!token.lastUsedAt || Date.now() - token.lastUsedAt.getTime() > touchEveryMs) {
    await db.apiToken.update({ where: { id: token.id }, data: { lastUsedAt: new Date() } })
  }
  return {
    type: 'token',
    id: token.id,
    name: token.name,
    userId: token.createdById,
    sessionId: null,
    mustChangePassword: false,
    ...actorFields(
      token.role,
      token.committees.map((c) => c.committeeId),
    ),
  }
}
