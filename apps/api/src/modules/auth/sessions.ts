import type { TTransaction } from '../../lib/db-types.ts'
import { newId, randomSecret, sha256 } from '../../lib/ids.ts'
import type { TRole } from '@cr/shared/auth/roles'
import { cachedSession, forgetSessions, rememberSession } from './session-cache.ts'

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

type TSessionRow = {
  session_id: string
  last_seen_at: Date
  expires_at: Date
  revoked_at: Date | null
  user_id: string
  display_name: string
  role: TRole
  active: boolean
  deleted_at: Date | null
  expires_on: Date | null
  must_change_password: boolean
  password_changed_at: Date
  committee_ids: string[]
  party_scope_path: string | null
}

/**
 * The live session for a cookie value, with its user and their committees, or null when it is
 * unknown, revoked, past its absolute lifetime (12 h) or idle for longer than the idle timeout
 * (30 min). One statement: this runs before every authenticated request, and Prisma would send
 * three for the same include (the bench measured it).
 */
export const findLiveSession = async (db: TTransaction, secret: string, policy: TSessionPolicy) => {
  const tokenHash = sha256(secret)
  const now = Date.now()
  const cached = cachedSession<TSessionRow[]>(tokenHash, now)
  const rows =
    cached ??
    (await db.$queryRaw<TSessionRow[]>`
    SELECT s.id AS session_id, s.last_seen_at, s.expires_at, s.revoked_at,
           u.id AS user_id, u.display_name, u.role::text AS role, u.active, u.deleted_at,
           u.expires_on, u.must_change_password, u.password_changed_at,
           COALESCE(array_agg(uc.committee_id::text) FILTER (WHERE uc.committee_id IS NOT NULL), '{}') AS committee_ids,
           po.path AS party_scope_path
    FROM session s
    JOIN app_user u ON u.id = s.user_id
    LEFT JOIN user_committee uc ON uc.user_id = u.id
    LEFT JOIN party_organization po ON po.id = u.party_organization_id AND po.deleted_at IS NULL
    WHERE s.token_hash = ${tokenHash}
    GROUP BY s.id, u.id, po.path`)
  // Only a fresh lookup is remembered, stamped with when it started: re-stamping a hit would
  // keep a busy session's row forever, and another process would never see its revocation.
  if (!cached) rememberSession(tokenHash, rows, now)
  const row = rows[0]
  if (!row || row.revoked_at) return null
  if (row.expires_at.getTime() <= now) return null
  if (row.last_seen_at.getTime() + policy.idleMs <= now) return null
  if (now - row.last_seen_at.getTime() > touchEveryMs) {
    await db.session.update({ where: { id: row.session_id }, data: { lastSeenAt: new Date(now) } })
    row.last_seen_at = new Date(now)
  }
  return {
    id: row.session_id,
    user: {
      id: row.user_id,
      displayName: row.display_name,
      role: row.role,
      active: row.active,
      deletedAt: row.deleted_at,
      expiresOn: row.expires_on,
      mustChangePassword: row.must_change_password,
      passwordChangedAt: row.password_changed_at,
      committees: row.committee_ids.map((committeeId) => ({ committeeId })),
      partyOrganization: row.party_scope_path ? { path: row.party_scope_path } : null,
    },
  }
}

export const revokeSession = (db: Pick<TTransaction, 'session'>, id: string) => {
  forgetSessions()
  return db.session.updateMany({ where: { id, revokedAt: null }, data: { revokedAt: new Date() } })
}

/** Ends every session of a user except, optionally, the one making the request. */
export const revokeUserSessions = (
  db: Pick<TTransaction, 'session'>,
  userId: string,
  exceptSessionId?: string | null,
) => {
  forgetSessions()
  return db.session.updateMany({
    where: {
      userId,
      revokedAt: null,
      ...(exceptSessionId ? { id: { not: exceptSessionId } } : {}),
    },
    data: { revokedAt: new Date() },
  })
}
