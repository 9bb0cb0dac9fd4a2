import {
  parentLevelOf,
  type TPartyOrganization,
  type ZPartyOrganizationCreate,
  type ZPartyOrganizationUpdate,
} from '@cr/shared/party/party-organization'
import type { z } from 'zod'
import type { TActor } from '../../lib/actor.ts'
import { fromDbDate, toDbDate } from '../../lib/dates.ts'
import type { TTransaction } from '../../lib/db-types.ts'
import { AppError, fieldError, notFound } from '../../lib/errors.ts'
import { newId } from '../../lib/ids.ts'
import { updateVersioned } from '../../lib/versioned.ts'
import type { TWriteContext } from '../../lib/write.ts'
import { assertCommitteeInScope } from '../committees/committee-refs.ts'

const live = { deletedAt: null }

/**
 * The organisations an actor sees: all of them, or — for a branch secretary's account — the
 * subtree of their organisation (its materialised path as a prefix).
 */
export const partyScope = (actor: Pick<TActor, 'partyScopePath'>) =>
  actor.partyScopePath ? { path: { startsWith: actor.partyScopePath } } : {}

const include = {
  committees: { select: { committee: { select: { id: true, name: true } } } },
  _count: { select: { members: { where: { deletedAt: null, state: 'active' } } } },
} as const

type TRow = NonNullable<Awaited<ReturnType<TTransaction['partyOrganization']['findFirst']>>> & {
  committees: { committee: { id: string; name: string } }[]
  _count: { members: number }
}

const toDto = (row: TRow): TPartyOrganization => ({
  id: row.id,
  version: row.version,
  parentId: row.parentId,
  level: row.level as TPartyOrganization['level'],
  name: row.name,
  branchType: row.branchType as TPartyOrganization['branchType'],
  foundedOn: row.foundedOn ? fromDbDate(row.foundedOn) : null,
  notes: row.notes,
  committees: row.committees.map((c) => c.committee),
  memberCount: row._count.members,
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
})

/** The whole tree, parents before children (ordered by path), names in pinyin within a level. */
export const listOrganizations = async (db: TTransaction, actor: TActor) => {
  const rows = await db.partyOrganization.findMany({
    where: { ...live, ...partyScope(actor) },
    include,
    orderBy: { path: 'asc' },
  })
  return { items: rows.map(toDto) }
}

export const getOrganization = async (db: TTransaction, actor: TActor, id: string) => {
  const row = await db.partyOrganization.findFirst({
    where: { id, ...live, ...partyScope(actor) },
    include,
  })
  if (!row) throw notFound()
  return toDto(row)
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

const setCommittees = async (ctx: TWriteContext, id: string, committeeIds: string[]) => {
  for (const committeeId of committeeIds)
    await assertCommitteeInScope(ctx.tx, ctx.actor, committeeId)
  await ctx.tx.partyOrganizationCommittee.deleteMany({ where: { organizationId: id } })
  await ctx.tx.partyOrganizationCommittee.createMany({
    data: [...new Set(committeeIds)].map((committeeId) => ({ organizationId: id, committeeId })),
  })
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
  const parent = input.parentId
    ? await ctx.tx.partyOrganization.findFirst({
        where: { id: input.parentId, ...live, ...partyScope(ctx.actor) },
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
  await setCommittees(ctx, id, input.committeeIds)
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
  const before = await getOrganization(ctx.tx, ctx.actor, id)
  const { committeeIds, foundedOn, ...fields } = input
  if (fields.name) await assertNameFree(ctx, before.parentId, fields.name, id)
  await updateVersioned(ctx.tx.partyOrganization, { id, ...live }, version, {
    ...fields,
    ...(foundedOn === undefined ? {} : { foundedOn: foundedOn ? toDbDate(foundedOn) : null }),
  })
  if (committeeIds) await setCommittees(ctx, id, committeeIds)
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
  const before = await getOrganization(ctx.tx, ctx.actor, id)
  const children = await ctx.tx.partyOrganization.count({ where: { parentId: id, ...live } })
  const members = await ctx.tx.partyMember.count({ where: { organizationId: id, deletedAt: null } })
  if (children || members) throw new AppError('party_organization_not_empty', 409)
  await updateVersioned(ctx.tx.partyOrganization, { id, ...live }, version, {
    deletedAt: new Date(),
    deletedById: ctx.actor.userId,
  })
  await ctx.audit({ action: 'delete', entityType: 'party_organization', entityId: id, before })
}
