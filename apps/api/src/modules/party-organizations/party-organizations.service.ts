import {
  parentLevelOf,
  type ZPartyOrganizationCreate,
  type ZPartyOrganizationUpdate,
} from '@cr/shared/party/party-organization'
import type { z } from 'zod'
import type { TActor } from '../../lib/actor.ts'
import { toDbDate } from '../../lib/dates.ts'
import type { TTransaction } from '../../lib/db-types.ts'
import { AppError, fieldError, notFound } from '../../lib/errors.ts'
import { newId } from '../../lib/ids.ts'
import {
  isPartyAdmin,
  partyOrganizationScope,
  partyOrganizationWriteScope,
  partyTreeScope,
} from '../../lib/party-scope.ts'
import { updateVersioned } from '../../lib/versioned.ts'
import type { TWriteContext } from '../../lib/write.ts'
import { assertCommitteeInScope } from '../committees/committee-refs.ts'
import { partyOrganizationInclude, toPartyOrganizationDto } from './party-organization-dto.ts'

const live = { deletedAt: null }

/**
 * The tree as the actor sees it (`partyTreeScope`: the nodes in scope and the 党工委 above
 * them), parents before children (ordered by path).
 */
export const listOrganizations = async (db: TTransaction, actor: TActor) => {
  const rows = await db.partyOrganization.findMany({
    where: partyTreeScope(actor),
    include: partyOrganizationInclude,
    orderBy: { path: 'asc' },
  })
  return { items: rows.map(toPartyOrganizationDto) }
}

/** One node of the tree as the actor sees it (a 党工委 node too, read-only for clerks). */
export const getOrganization = async (db: TTransaction, actor: TActor, id: string) => {
  const row = await db.partyOrganization.findFirst({
    where: { AND: [{ id }, partyTreeScope(actor)] },
    include: partyOrganizationInclude,
  })
  if (!row) throw notFound()
  return toPartyOrganizationDto(row)
}

/**
 * The organisation whose records (officers, meetings, dues roll, compliance) are read or
 * written: in the actor's party scope (for writes, the 党工委 only for party administrators),
 * else 404.
 */
export const scopedOrganization = async (
  db: TTransaction,
  actor: TActor,
  id: string,
  mode: 'read' | 'write' = 'read',
) => {
  const scope = mode === 'read' ? partyOrganizationScope(actor) : partyOrganizationWriteScope(actor)
  const row = await db.partyOrganization.findFirst({ where: { AND: [{ id }, scope] } })
  if (!row) throw notFound()
  return row
}

/** An organisation a request body names for a write: out of scope it is unknown (400). */
export const referencedOrganization = async (
  db: TTransaction,
  actor: TActor,
  id: string,
  path = 'organizationId',
) => {
  const row = await db.partyOrganization.findFirst({
    where: { AND: [{ id }, partyOrganizationWriteScope(actor)] },
  })
  if (!row) throw fieldError(path, 'party_organization_unknown')
  return row
}

/** The node and every node under it, for subtree filters (`path LIKE '<path>%'`). */
export const subtreeIds = async (db: TTransaction, id: string) => {
  const node = await db.partyOrganization.findFirst({ where: { id, ...live } })
  if (!node) return []
  const rows = await db.partyOrganization.findMany({
    where: { path: { startsWith: node.path }, ...live },
    select: { id: true },
  })
  return rows.map((r) => r.id)
}

/**
 * The committees a node covers. An actor scoped to committees adds and removes only theirs
 * (another committee already covered stays, and none is added), and a branch keeps at least
 * one of theirs: it is through them that the branch is in their scope at all.
 */
const setCommittees = async (
  ctx: TWriteContext,
  node: { id: string; level: string },
  committeeIds: string[],
  current: string[] = [],
) => {
  const { actor } = ctx
  for (const [i, committeeId] of committeeIds.entries())
    if (!current.includes(committeeId))
      await assertCommitteeInScope(ctx.tx, actor, committeeId, `committeeIds.${i}`)
  if (!actor.allCommittees) {
    const theirs = (committeeId: string) => actor.committeeIds.includes(committeeId)
    if (current.some((c) => !theirs(c) && !committeeIds.includes(c)))
      throw fieldError('committeeIds', 'party_organization_committee_kept')
    if (node.level === 'branch' && !committeeIds.some(theirs))
      throw fieldError('committeeIds', 'party_organization_committees_required')
  }
  await ctx.tx.partyOrganizationCommittee.deleteMany({ where: { organizationId: node.id } })
  await ctx.tx.partyOrganizationCommittee.createMany({
    data: [...new Set(committeeIds)].map((committeeId) => ({
      organizationId: node.id,
      committeeId,
    })),
  })
}

/**
 * A node about to change: seen in the tree, else 404; a 党工委 node only by a party
 * administrator (403: the actor sees it, so it is no secret that it exists).
 */
const nodeForChange = async (ctx: TWriteContext, id: string) => {
  const before = await getOrganization(ctx.tx, ctx.actor, id)
  if (before.level === 'committee' && !isPartyAdmin(ctx.actor))
    throw new AppError('party_admin_required', 403)
  return before
}

/** Names are unique among the live children of one node (the roster import matches on them). */
const assertNameFree = async (
  ctx: TWriteContext,
  parentId: string | null,
  name: string,
  except?: string,
) => {
  const taken = await ctx.tx.partyOrganization.findFirst({
    where: { parentId, name, ...live, ...(except ? { id: { not: except } } : {}) },
  })
  if (taken) throw fieldError('name', 'party_organization_name_taken', 409)
}

export const createOrganization = async (
  ctx: TWriteContext,
  input: z.output<typeof ZPartyOrganizationCreate>,
) => {
  const wantedParent = parentLevelOf[input.level]
  if (input.level === 'committee' && !isPartyAdmin(ctx.actor))
    throw new AppError('party_admin_required', 403)
  // The parent is seen in the tree: a branch goes under a 党工委, a group under a branch in the
  // actor's scope (the branches seen are exactly those).
  const parent = input.parentId
    ? await ctx.tx.partyOrganization.findFirst({
        where: { AND: [{ id: input.parentId }, partyTreeScope(ctx.actor)] },
      })
    : null
  if (input.parentId && !parent) throw fieldError('parentId', 'party_organization_unknown')
  // A branch secretary works inside their subtree: no new roots.
  if (!parent && ctx.actor.partyScopePath)
    throw fieldError('parentId', 'party_organization_unknown')
  if ((parent?.level ?? null) !== wantedParent)
    throw fieldError('parentId', 'party_organization_level_invalid')
  await assertNameFree(ctx, parent?.id ?? null, input.name)
  const id = newId()
  await ctx.tx.partyOrganization.create({
    data: {
      id,
      parentId: parent?.id ?? null,
      path: `${parent?.path ?? '/'}${id}/`,
      level: input.level,
      name: input.name,
      branchType: input.branchType,
      foundedOn: input.foundedOn ? toDbDate(input.foundedOn) : null,
      notes: input.notes,
    },
  })
  await setCommittees(ctx, { id, level: input.level }, input.committeeIds)
  const after = await getOrganization(ctx.tx, ctx.actor, id)
  await ctx.audit({ action: 'create', entityType: 'party_organization', entityId: id, after })
  return after
}

export const updateOrganization = async (
  ctx: TWriteContext,
  id: string,
  version: number,
  input: z.output<typeof ZPartyOrganizationUpdate>,
) => {
  const before = await nodeForChange(ctx, id)
  const { committeeIds, foundedOn, ...fields } = input
  if (fields.name) await assertNameFree(ctx, before.parentId, fields.name, id)
  await updateVersioned(ctx.tx.partyOrganization, { id, ...live }, version, {
    ...fields,
    ...(foundedOn === undefined ? {} : { foundedOn: foundedOn ? toDbDate(foundedOn) : null }),
  })
  if (committeeIds)
    await setCommittees(
      ctx,
      before,
      committeeIds,
      before.committees.map((c) => c.id),
    )
  const after = await getOrganization(ctx.tx, ctx.actor, id)
  await ctx.audit({
    action: 'update',
    entityType: 'party_organization',
    entityId: id,
    before,
    after,
  })
  return after
}

/** Only an empty node goes: no live children, no members on its roll. */
export const deleteOrganization = async (ctx: TWriteContext, id: string, version: number) => {
  const before = await nodeForChange(ctx, id)
  const children = await ctx.tx.partyOrganization.count({ where: { parentId: id, ...live } })
  const members = await ctx.tx.partyMember.count({ where: { organizationId: id, deletedAt: null } })
  if (children || members) throw new AppError('party_organization_not_empty', 409)
  await updateVersioned(ctx.tx.partyOrganization, { id, ...live }, version, {
    deletedAt: new Date(),
    deletedById: ctx.actor.userId,
  })
  await ctx.audit({ action: 'delete', entityType: 'party_organization', entityId: id, before })
}
