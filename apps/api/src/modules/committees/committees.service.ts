import type { TTransaction } from '../../lib/db-types.ts'
import type {
  ZCommitteeCreate,
  ZCommitteeListQuery,
  ZCommitteeUpdate,
} from '@cr/shared/committees/committee'
import type { z } from 'zod'
import type { TActor } from '../../lib/actor.ts'
import { fieldError, notFound } from '../../lib/errors.ts'
import { newId } from '../../lib/ids.ts'
import { pageArgs, parseSort, toPage } from '../../lib/keyset.ts'
import { updateVersioned } from '../../lib/versioned.ts'
import type { TWriteContext } from '../../lib/write.ts'
import { toCommitteeDto } from './committee-dto.ts'

/**
 * Committees this actor may see at all. A committee *is* the scope, so it filters on `id` —
 * inside `AND`, so that spreading it next to `{ id }` can never replace that condition.
 */
const visible = (actor: TActor) => ({
  deletedAt: null,
  ...(actor.allCommittees ? {} : { AND: [{ id: { in: actor.committeeIds } }] }),
})

export const listCommittees = async (
  db: TTransaction,
  actor: TActor,
  query: z.output<typeof ZCommitteeListQuery>,
) => {
  const sort = parseSort(query.sort)
  const where = {
    ...visible(actor),
    ...(query.active === undefined ? {} : { active: query.active }),
    ...(query.q
      ? { OR: [{ name: { contains: query.q } }, { code: { startsWith: query.q } }] }
      : {}),
  }
  const { after, orderBy, skip, take } = pageArgs(sort, query)
  const [rows, total] = await Promise.all([
    db.committee.findMany({
      where: after ? { AND: [where, after] } : where,
      orderBy,
      skip,
      take,
    }),
    db.committee.count({ where }),
  ])
  return { ...toPage(rows, query.limit, sort, toCommitteeDto), total, page: query.page }
}

export const getCommittee = async (db: TTransaction, actor: TActor, id: string) => {
  const row = await db.committee.findFirst({ where: { id, ...visible(actor) } })
  if (!row) throw notFound()
  return toCommitteeDto(row)
}

const assertUnique = async (
  ctx: TWriteContext,
  input: { name?: string; code?: string },
  exceptId?: string,
) => {
  const others = { deletedAt: null, ...(exceptId ? { id: { not: exceptId } } : {}) }
  if (input.name && (await ctx.tx.committee.count({ where: { ...others, name: input.name } }))) {
    throw fieldError('name', 'committee_name_taken', 409)
  }
  if (input.code && (await ctx.tx.committee.count({ where: { ...others, code: input.code } }))) {
    throw fieldError('code', 'committee_code_taken', 409)
  }
}

export const createCommittee = async (
  ctx: TWriteContext,
  input: z.output<typeof ZCommitteeCreate>,
) => {
  await assertUnique(ctx, input)
  const row = await ctx.tx.committee.create({ data: { id: newId(), ...input } })
  const after = toCommitteeDto(row)
  await ctx.audit({
    action: 'create',
    entityType: 'committee',
    entityId: row.id,
    committeeId: row.id,
    after,
  })
  return after
}

export const updateCommittee = async (
  ctx: TWriteContext,
  id: string,
  version: number,
  input: z.output<typeof ZCommitteeUpdate>,
) => {
  const before = await getCommittee(ctx.tx, ctx.actor, id)
  await assertUnique(ctx, input, id)
  await updateVersioned(ctx.tx.committee, { id, ...visible(ctx.actor) }, version, input)
  const after = await getCommittee(ctx.tx, ctx.actor, id)
  await ctx.audit({
    action: 'update',
    entityType: 'committee',
    entityId: id,
    committeeId: id,
    before,
    after,
  })
  return after
}

export const deleteCommittee = async (ctx: TWriteContext, id: string, version: number) => {
  const before = await getCommittee(ctx.tx, ctx.actor, id)
  await updateVersioned(ctx.tx.committee, { id, ...visible(ctx.actor) }, version, {
    deletedAt: new Date(),
    deletedById: ctx.actor.userId,
  })
  await ctx.audit({
    action: 'delete',
    entityType: 'committee',
    entityId: id,
    committeeId: id,
    before,
  })
}

/** Undoes a soft delete (admins only); refused if a live committee took the name or code since. */
export const restoreCommittee = async (ctx: TWriteContext, id: string) => {
  const row = await ctx.tx.committee.findFirst({ where: { id, deletedAt: { not: null } } })
  if (!row) throw notFound()
  await assertUnique(ctx, { name: row.name, code: row.code }, id)
  const restored = await ctx.tx.committee.update({
    where: { id },
    data: { deletedAt: null, deletedById: null, version: { increment: 1 } },
  })
  const after = toCommitteeDto(restored)
  await ctx.audit({
    action: 'restore',
    entityType: 'committee',
    entityId: id,
    committeeId: id,
    after,
  })
  return after
}
