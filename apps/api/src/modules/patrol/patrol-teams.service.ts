import {
  buildingGroupSize,
  type TPatrolTeam,
  type ZPatrolMemberJoin,
  type ZPatrolMemberLeave,
  type ZPatrolTeamCreate,
  type ZPatrolTeamListQuery,
  type ZPatrolTeamUpdate,
} from '@cr/shared/patrol/patrol-team'
import type { z } from 'zod'
import { committeeScope, type TActor } from '../../lib/actor.ts'
import { auditedStep, type TStepRecord } from '../../lib/audited-step.ts'
import type { TTransaction } from '../../lib/db-types.ts'
import { toDbDate } from '../../lib/dates.ts'
import { fieldError, notFound } from '../../lib/errors.ts'
import { newId } from '../../lib/ids.ts'
import { pageArgs, parseSort, toPage } from '../../lib/keyset.ts'
import { updateVersioned } from '../../lib/versioned.ts'
import type { TWriteContext } from '../../lib/write.ts'
import { assertCommitteeInScope } from '../committees/committee-refs.ts'
import { ownTeamsOnly } from './patrol-team-scope.ts'
import {
  buildingNames,
  patrolTeamInclude,
  readPatrolTeamRow,
  toPatrolTeamDto,
} from './patrol-team-dto.ts'

// A field role's account sees only the teams it is a current member of (patrol-team-scope.ts).
const visibleTeams = (actor: TActor) => ({
  AND: [{ deletedAt: null }, committeeScope(actor), ownTeamsOnly(actor)],
})

export const getPatrolTeam = async (db: TTransaction, actor: TActor, id: string) => {
  const row = await readPatrolTeamRow(db, { id, ...visibleTeams(actor) })
  if (!row) throw notFound()
  return toPatrolTeamDto(row, await buildingNames(db, row.buildingIds))
}

export const listPatrolTeams = async (
  db: TTransaction,
  actor: TActor,
  query: z.output<typeof ZPatrolTeamListQuery>,
) => {
  const sort = parseSort(query.sort)
  const filters = [
    visibleTeams(actor),
    query.committeeId ? { committeeId: query.committeeId } : {},
    query.kind ? { kind: query.kind } : {},
    query.q ? { name: { contains: query.q } } : {},
  ]
  const { after, orderBy, skip, take } = pageArgs(sort, query)
  const [rows, total] = await Promise.all([
    db.patrolTeam.findMany({
      where: { AND: after ? [...filters, after] : filters },
      orderBy,
      skip,
      take,
      include: patrolTeamInclude,
    }),
    db.patrolTeam.count({ where: { AND: filters } }),
  ])
  const names = await buildingNames(
    db,
    rows.flatMap((r) => r.buildingIds),
  )
  return {
    ...toPage(rows, query.limit, sort, (row) => toPatrolTeamDto(row, names)),
    total,
    page: query.page,
  }
}

/** The buildings named, each live and in the team's committee. */
const checkBuildings = async (db: TTransaction, committeeId: string, ids: readonly string[]) => {
  const unique = [...new Set(ids)]
  if (unique.length === 0) return unique
  const found = await db.building.findMany({
    where: { id: { in: unique }, committeeId, deletedAt: null },
    select: { id: true },
  })
  const known = new Set(found.map((b) => b.id))
  const index = ids.findIndex((id) => !known.has(id))
  if (index >= 0) throw fieldError(`buildingIds.${index}`, 'building_unknown_in_committee')
  return unique
}

/** A live team of that name in the committee, other than `exceptId`, refuses the name. */
const checkName = async (
  db: TTransaction,
  committeeId: string,
  name: string,
  exceptId?: string,
) => {
  const taken = await db.patrolTeam.count({
    where: { committeeId, name, deletedAt: null, ...(exceptId ? { id: { not: exceptId } } : {}) },
  })
  if (taken > 0) throw fieldError('name', 'patrol_team_name_taken', 409)
}

export const createPatrolTeam = async (
  ctx: TWriteContext,
  input: z.output<typeof ZPatrolTeamCreate>,
) => {
  await assertCommitteeInScope(ctx.tx, ctx.actor, input.committeeId)
  const buildingIds = await checkBuildings(ctx.tx, input.committeeId, input.buildingIds)
  await checkName(ctx.tx, input.committeeId, input.name)
  const id = newId()
  await ctx.tx.patrolTeam.create({
    data: {
      id,
      committeeId: input.committeeId,
      kind: input.kind,
      name: input.name,
      buildingIds,
      notes: input.notes,
    },
  })
  const after = await getPatrolTeam(ctx.tx, ctx.actor, id)
  await ctx.audit({
    action: 'create',
    entityType: 'patrol_team',
    entityId: id,
    committeeId: input.committeeId,
    after,
  })
  return after
}

const record = (ctx: TWriteContext, id: string): TStepRecord<TPatrolTeam> => ({
  entityType: 'patrol_team',
  id,
  read: () => getPatrolTeam(ctx.tx, ctx.actor, id),
  committeeId: (t) => t.committee.id,
})

export const updatePatrolTeam = (
  ctx: TWriteContext,
  id: string,
  version: number,
  input: z.output<typeof ZPatrolTeamUpdate>,
) =>
  auditedStep(ctx, record(ctx, id), async (before) => {
    const committeeId = before.committee.id
    if (input.name !== undefined) await checkName(ctx.tx, committeeId, input.name, id)
    const buildingIds =
      input.buildingIds === undefined
        ? undefined
        : await checkBuildings(ctx.tx, committeeId, input.buildingIds)
    // A team with four current members cannot become a building group.
    if (input.kind === 'building_group' && before.currentCount > buildingGroupSize.max)
      throw fieldError('kind', 'patrol_group_full', 409)
    await updateVersioned(ctx.tx.patrolTeam, { id, ...visibleTeams(ctx.actor) }, version, {
      ...(input.kind === undefined ? {} : { kind: input.kind }),
      ...(input.name === undefined ? {} : { name: input.name }),
      ...(input.notes === undefined ? {} : { notes: input.notes }),
      ...(buildingIds === undefined ? {} : { buildingIds }),
    })
  })

export const deletePatrolTeam = async (ctx: TWriteContext, id: string, version: number) => {
  const before = await getPatrolTeam(ctx.tx, ctx.actor, id)
  await updateVersioned(ctx.tx.patrolTeam, { id, ...visibleTeams(ctx.actor) }, version, {
    deletedAt: new Date(),
    deletedById: ctx.actor.userId,
  })
  await ctx.audit({
    action: 'delete',
    entityType: 'patrol_team',
    entityId: id,
    committeeId: before.committee.id,
    before,
  })
}

/** The person joining: a live resident of the team's committee, or an active staff account working for it. */
const checkPerson = async (
  db: TTransaction,
  committeeId: string,
  input: { residentId: string | null; userId: string | null },
) => {
  if (input.residentId) {
    const found = await db.resident.count({
      where: { id: input.residentId, committeeId, deletedAt: null },
    })
    if (!found) throw fieldError('residentId', 'resident_unknown')
    return
  }
  const user = await db.user.findFirst({
    where: {
      id: input.userId!,
      deletedAt: null,
      active: true,
      OR: [{ role: { in: ['admin', 'supervisor'] } }, { committees: { some: { committeeId } } }],
    },
    select: { id: true },
  })
  if (!user) throw fieldError('userId', 'user_unknown_in_committee')
}

/**
 * 入队. Refused (409): a person already a current member, a second current leader, a fourth
 * member of a building leaders' group. A group with fewer than two is allowed while it is being
 * formed and carries the warning `patrol_group_too_small`.
 */
export const joinPatrolTeam = (
  ctx: TWriteContext,
  id: string,
  version: number,
  input: z.output<typeof ZPatrolMemberJoin>,
) =>
  auditedStep(ctx, record(ctx, id), async (before) => {
    await checkPerson(ctx.tx, before.committee.id, input)
    const current = before.members.filter((m) => m.current)
    const path = input.residentId ? 'residentId' : 'userId'
    if (
      current.some((m) =>
        input.residentId ? m.resident?.id === input.residentId : m.user?.id === input.userId,
      )
    )
      throw fieldError(path, 'patrol_member_already', 409)
    if (input.leader && before.leader) throw fieldError('leader', 'patrol_leader_taken', 409)
    if (before.kind === 'building_group' && current.length >= buildingGroupSize.max)
      throw fieldError(path, 'patrol_group_full', 409)
    await updateVersioned(ctx.tx.patrolTeam, { id, ...visibleTeams(ctx.actor) }, version, {})
    const memberId = newId()
    await ctx.tx.patrolTeamMember.create({
      data: {
        id: memberId,
        teamId: id,
        residentId: input.residentId,
        userId: input.userId,
        leader: input.leader,
        joinedOn: toDbDate(input.joinedOn),
      },
    })
    return { step: 'join', memberId }
  })

/** 离队: the member's row stays, with the day they left. */
export const leavePatrolTeam = (
  ctx: TWriteContext,
  id: string,
  memberId: string,
  version: number,
  input: z.output<typeof ZPatrolMemberLeave>,
) =>
  auditedStep(ctx, record(ctx, id), async (before) => {
    const member = before.members.find((m) => m.id === memberId)
    if (!member) throw notFound()
    if (!member.current) throw fieldError('leftOn', 'patrol_member_left', 409)
    if (input.leftOn < member.joinedOn) throw fieldError('leftOn', 'date_range_invalid')
    await updateVersioned(ctx.tx.patrolTeam, { id, ...visibleTeams(ctx.actor) }, version, {})
    await ctx.tx.patrolTeamMember.update({
      where: { id: memberId },
      data: { leftOn: toDbDate(input.leftOn) },
    })
    return { step: 'leave', memberId, note: input.note }
  })
