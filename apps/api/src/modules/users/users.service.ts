import type { TTransaction } from '../../lib/db-types.ts'
import { checkPassword } from '@cr/shared/auth/password-policy'
import type { ZUserCreate, ZUserListQuery, ZUserUpdate } from '@cr/shared/users/user'
import type { z } from 'zod'
import { fieldError, notFound } from '../../lib/errors.ts'
import { newId } from '../../lib/ids.ts'
import { pageArgs, parseSort, toPage } from '../../lib/keyset.ts'
import { updateVersioned } from '../../lib/versioned.ts'
import type { TWriteContext } from '../../lib/write.ts'
import { assertCommitteesExist } from '../committees/committee-refs.ts'
import { unlock } from '../auth/login-throttle.ts'
import { hashPassword } from '../auth/password-hashing.ts'
import { forgetSessions } from '../auth/session-cache.ts'
import { revokeUserSessions } from '../auth/sessions.ts'
import { getPasswordPolicy } from '../settings/settings.service.ts'
import { toUserDto, userInclude } from './user-dto.ts'
import { findLocks, toDateOrNull } from './users.repo.ts'

const live = { deletedAt: null }

export const listUsers = async (db: TTransaction, query: z.output<typeof ZUserListQuery>) => {
  const sort = parseSort(query.sort)
  const where = {
    ...live,
    ...(query.role ? { role: query.role } : {}),
    ...(query.active === undefined ? {} : { active: query.active }),
    ...(query.committeeId ? { committees: { some: { committeeId: query.committeeId } } } : {}),
    ...(query.q
      ? {
          OR: [
            { username: { contains: query.q.toLowerCase() } },
            { displayName: { contains: query.q } },
          ],
        }
      : {}),
  }
  const { after, orderBy, skip, take } = pageArgs(sort, query, { nullable: ['lastLoginAt'] })
  const [rows, total] = await Promise.all([
    db.user.findMany({
      where: after ? { AND: [where, after] } : where,
      orderBy,
      skip,
      take,
      include: userInclude,
    }),
    db.user.count({ where }),
  ])
  const locks = await findLocks(
    db,
    rows.map((r) => r.username),
  )
  return {
    ...toPage(rows, query.limit, sort, (r) => toUserDto(r, locks.get(r.username) ?? null)),
    total,
    page: query.page,
  }
}

export const getUser = async (db: TTransaction, id: string) => {
  const row = await db.user.findFirst({ where: { id, ...live }, include: userInclude })
  if (!row) throw notFound()
  const locks = await findLocks(db, [row.username])
  return toUserDto(row, locks.get(row.username) ?? null)
}

const assertPasswordAcceptable = async (
  ctx: TWriteContext,
  password: string,
  username: string,
  path: string,
) => {
  const problem = checkPassword(password, await getPasswordPolicy(ctx.tx), { username })
  if (problem) throw fieldError(path, problem)
}

/** A branch secretary's organisation must exist (it bounds what their account sees). */
const partyOrganizationOf = async (ctx: TWriteContext, id: string | null | undefined) => {
  if (!id) return null
  const found = await ctx.tx.partyOrganization.findFirst({ where: { id, deletedAt: null } })
  if (!found) throw fieldError('partyOrganizationId', 'party_organization_unknown')
  return id
}

export const createUser = async (ctx: TWriteContext, input: z.output<typeof ZUserCreate>) => {
  const username = input.username.toLowerCase()
  if (await ctx.tx.user.count({ where: { username, ...live } }))
    throw fieldError('username', 'username_taken', 409)
  await assertPasswordAcceptable(ctx, input.password, username, 'password')
  await assertCommitteesExist(ctx.tx, input.committeeIds)
  const row = await ctx.tx.user.create({
    data: {
      id: newId(),
      username,
      displayName: input.displayName,
      role: input.role,
      active: input.active,
      expiresOn: toDateOrNull(input.expiresOn) ?? null,
      passwordHash: await hashPassword(input.password),
      // An administrator chose this password, so only its owner's new one is a secret.
      mustChangePassword: true,
      partyOrganizationId: await partyOrganizationOf(ctx, input.partyOrganizationId),
      committees: { create: input.committeeIds.map((committeeId) => ({ committeeId })) },
    },
    include: userInclude,
  })
  const after = toUserDto(row)
  await ctx.audit({ action: 'create', entityType: 'user', entityId: row.id, after })
  return after
}

export const updateUser = async (
  ctx: TWriteContext,
  id: string,
  version: number,
  input: z.output<typeof ZUserUpdate>,
) => {
  const before = await getUser(ctx.tx, id)
  const demotesSelf =
    id === ctx.actor.id && ((input.role && input.role !== before.role) || input.active === false)
  if (demotesSelf) throw fieldError(input.role ? 'role' : 'active', 'cannot_change_self', 403)
  if (input.committeeIds) await assertCommitteesExist(ctx.tx, input.committeeIds)
  if (input.partyOrganizationId) await partyOrganizationOf(ctx, input.partyOrganizationId)
  const { committeeIds, expiresOn, ...fields } = input
  await updateVersioned(ctx.tx.user, { id, ...live }, version, {
    ...fields,
    ...(expiresOn === undefined ? {} : { expiresOn: toDateOrNull(expiresOn) }),
  })
  if (committeeIds) {
    await ctx.tx.userCommittee.deleteMany({ where: { userId: id } })
    await ctx.tx.userCommittee.createMany({
      data: committeeIds.map((committeeId) => ({ userId: id, committeeId })),
    })
  }
  // Committees, expiry or must-change-password are read with the session: look them up afresh.
  forgetSessions()
  const after = await getUser(ctx.tx, id)
  // Losing rights takes effect now, not at the next sign-in.
  if (after.role !== before.role || !after.active) await revokeUserSessions(ctx.tx, id)
  await ctx.audit({ action: 'update', entityType: 'user', entityId: id, before, after })
  return after
}

export const deleteUser = async (ctx: TWriteContext, id: string, version: number) => {
  if (id === ctx.actor.id) throw fieldError('id', 'cannot_change_self', 403)
  const before = await getUser(ctx.tx, id)
  await updateVersioned(ctx.tx.user, { id, ...live }, version, {
    deletedAt: new Date(),
    deletedById: ctx.actor.userId,
  })
  await revokeUserSessions(ctx.tx, id)
  await ctx.audit({ action: 'delete', entityType: 'user', entityId: id, before })
}

/** Sets a temporary password the user must change at next sign-in; ends their sessions. */
export const resetPassword = async (ctx: TWriteContext, id: string, password: string) => {
  const user = await getUser(ctx.tx, id)
  await assertPasswordAcceptable(ctx, password, user.username, 'password')
  await ctx.tx.user.update({
    where: { id },
    data: {
      passwordHash: await hashPassword(password),
      passwordChangedAt: new Date(),
      mustChangePassword: true,
      version: { increment: 1 },
    },
  })
  await revokeUserSessions(ctx.tx, id)
  await unlock(ctx.tx, user.username)
  await ctx.audit({ action: 'password_reset', entityType: 'user', entityId: id })
  return getUser(ctx.tx, id)
}

export const unlockUser = async (ctx: TWriteContext, id: string) => {
  const user = await getUser(ctx.tx, id)
  await unlock(ctx.tx, user.username)
  await ctx.audit({ action: 'unlock', entityType: 'user', entityId: id })
  return getUser(ctx.tx, id)
}
