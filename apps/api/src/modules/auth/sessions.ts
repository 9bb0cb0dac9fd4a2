import type { TTransaction } from '../../lib/db-types.ts'
import { newId, randomSecret, sha256 } from '../../lib/ids.ts'
import { userActorInclude } from './load-actor.ts'

export const sessionCookie = 'cr_session'

type TSessionPolicy = { idleMs: number; absoluteMs: number }

/** A new session: 256-bit secret for the cookie, only its hash in the database. */
export const createSession = async (
  db: Pick<TTransaction, 'session'>,
  userId: string,
  policy: TSessionPolicy,
  meta: { clientIp: string; userAgent: string | undefined },
) => {
  const secret = randomSecret()
  const now = new Date()
  const session = await db.session.create({
    data: {
      id: newId(),
      tokenHash: sha256(secret),
      userId,
      createdAt: now,
      lastSeenAt: now,
      expiresAt: new Date(now.getTime() + policy.absoluteMs),
      clientIp: meta.clientIp,
      userAgent: meta.userAgent?.slice(0, 300) ?? null,
    },
  })
  return { secret, session }
}

/** Only refresh `last_seen_at` once a minute: a write per request would be wasteful. */
const touchEveryMs = 60_000

/**
 * The live session for a cookie value, or null when it is unknown, revoked, past its absolute
 * lifetime (12 h) or idle for longer than the idle timeout (30 min).
 */
export const findLiveSession = async (db: TTransaction, secret: string, policy: TSessionPolicy) => {
  // The user and their committees come in the same query: this runs on every request.
  const session = await db.session.findUnique({
    where: { tokenHash: sha256(secret) },
    include: { user: { include: userActorInclude } },
  })
  if (!session || session.revokedAt) return null
  const now = Date.now()
  if (session.expiresAt.getTime() <= now) return null
  if (session.lastSeenAt.getTime() + policy.idleMs <= now) return null
  if (now - session.lastSeenAt.getTime() > touchEveryMs) {
    await db.session.update({ where: { id: session.id }, data: { lastSeenAt: new Date(now) } })
  }
  return session
}

export const revokeSession = (db: Pick<TTransaction, 'session'>, id: string) =>
  db.session.updateMany({ where: { id, revokedAt: null }, data: { revokedAt: new Date() } })

/** Ends every session of a user except, optionally, the one making the request. */
export const revokeUserSessions = (
  db: Pick<TTransaction, 'session'>,
  userId: string,
  exceptSessionId?: string | null,
) =>
  db.session.updateMany({
    where: {
      userId,
      revokedAt: null,
      ...(exceptSessionId ? { id: { not: exceptSessionId } } : {}),
    },
    data: { revokedAt: new Date() },
  })
