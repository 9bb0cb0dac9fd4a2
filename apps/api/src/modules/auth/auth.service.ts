import type { TDb } from '../../lib/db-types.ts'
import type { TLoginRequest } from '@cr/shared/auth/auth'
import { checkPassword } from '@cr/shared/auth/password-policy'
import type { TActor, TRequestMeta } from '../../lib/actor.ts'
import { writeAudit } from '../../lib/audit.ts'
import { AppError, fieldError } from '../../lib/errors.ts'
import type { TWriteContext } from '../../lib/write.ts'
import { getPasswordPolicy } from '../settings/settings.service.ts'
import { isAccountUsable, loadUserActor } from './load-actor.ts'
import { clearFailures, lockedUntil, recordFailure } from './login-throttle.ts'
import { burnVerification, hashPassword, verifyPassword } from './password-hashing.ts'
import { createSession, revokeSession, revokeUserSessions } from './sessions.ts'

type TSessionPolicy = { idleMs: number; absoluteMs: number }

const lockedError = (until: Date) =>
  new AppError('account_locked', 423, {
    headers: {
      'retry-after': String(Math.max(1, Math.ceil((until.getTime() - Date.now()) / 1000))),
    },
  })

/**
 * Signs in with username and password. Every outcome is audited; a wrong username and a wrong
 * password look and take the same; a locked name is refused before the password is checked.
 */
export const login = async (
  db: TDb['prisma'],
  input: TLoginRequest,
  meta: TRequestMeta & { userAgent: string | undefined },
  sessionPolicy: TSessionPolicy,
  /** Accounts end on a calendar day (CST), judged by the app's clock. */
  today: string,
) => {
  const username = input.username.trim().toLowerCase()
  const failed = async (reason: string) => {
    const until = await db.$transaction(async (tx) => {
      const locked = await recordFailure(tx, username, meta.clientIp)
      await writeAudit(tx, null, meta, {
        action: 'login_failed',
        entityType: 'session',
        after: { username },
        reason,
      })
      return locked
    })
    return until ? lockedError(until) : new AppError('invalid_credentials', 401)
  }

  const locked = await lockedUntil(db, username, meta.clientIp)
  if (locked) {
    await writeAudit(db, null, meta, {
      action: 'login_failed',
      entityType: 'session',
      after: { username },
      reason: 'locked',
    })
    throw lockedError(locked)
  }
  const user = await db.user.findFirst({ where: { username, deletedAt: null } })
  if (!user) {
    await burnVerification(input.password)
    throw await failed('unknown_user')
  }
  if (!(await verifyPassword(user.passwordHash, input.password)))
    throw await failed('wrong_password')
  if (!isAccountUsable(user, today)) throw await failed('account_inactive')

  return db.$transaction(async (tx) => {
    await clearFailures(tx, username, meta.clientIp)
    const { secret, session } = await createSession(tx, user.id, sessionPolicy, meta)
    await tx.user.update({ where: { id: user.id }, data: { lastLoginAt: new Date() } })
    const actor = await loadUserActor(tx, user.id, session.id, await getPasswordPolicy(tx), today)
    if (!actor) throw new AppError('account_inactive', 401)
    await writeAudit(tx, actor, meta, {
      action: 'login',
      entityType: 'session',
      entityId: session.id,
    })
    return { secret, actor }
  })
}

export const logout = async (db: TDb['prisma'], actor: TActor, meta: TRequestMeta) => {
  if (!actor.sessionId) return
  await db.$transaction(async (tx) => {
    await revokeSession(tx, actor.sessionId!)
    await writeAudit(tx, actor, meta, {
      action: 'logout',
      entityType: 'session',
      entityId: actor.sessionId,
    })
  })
}

/**
 * Changes the caller's own password after checking the current one and the policy in force.
 * Other sessions of the user end; the current one stays so the clerk is not thrown out.
 */
export const changePassword = async (
  ctx: TWriteContext,
  input: { currentPassword: string; newPassword: string },
) => {
  if (ctx.actor.type !== 'user') throw new AppError('forbidden', 403)
  const user = await ctx.tx.user.findUniqueOrThrow({ where: { id: ctx.actor.id } })
  if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
    throw fieldError('currentPassword', 'current_password_wrong')
  }
  if (input.currentPassword === input.newPassword)
    throw fieldError('newPassword', 'password_reused')
  const problem = checkPassword(input.newPassword, await getPasswordPolicy(ctx.tx), {
    username: user.username,
  })
  if (problem) throw fieldError('newPassword', problem)
  await ctx.tx.user.update({
    where: { id: user.id },
    data: {
      passwordHash: await hashPassword(input.newPassword),
      passwordChangedAt: new Date(),
      mustChangePassword: false,
      version: { increment: 1 },
    },
  })
  await revokeUserSessions(ctx.tx, user.id, ctx.actor.sessionId)
  await ctx.audit({ action: 'password_change', entityType: 'user', entityId: user.id })
  return null
}
