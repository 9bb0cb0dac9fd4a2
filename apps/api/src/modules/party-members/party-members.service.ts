import type {
  TPartyMember,
  ZPartyMemberCreate,
  ZPartyMemberListQuery,
  ZPartyMemberUpdate,
} from '@cr/shared/party/party-member'
import { monthOf } from '@cr/shared/party/calendar'
import { duesStandard, type TDuesInput } from '@cr/shared/party/dues'
import { duesStartMonth } from '@cr/shared/party/dues-roll'
import { checkPartyStages } from '@cr/shared/party/party-standing'
import type { z } from 'zod'
import { committeeScope, type TActor } from '../../lib/actor.ts'
import { toDbDate } from '../../lib/dates.ts'
import type { TTransaction } from '../../lib/db-types.ts'
import { AppError, fieldError, notFound } from '../../lib/errors.ts'
import { newId } from '../../lib/ids.ts'
import { pageArgs, parseSort, toPage } from '../../lib/keyset.ts'
import { partyMemberScope } from '../../lib/party-scope.ts'
import { updateVersioned } from '../../lib/versioned.ts'
import type { TWriteContext } from '../../lib/write.ts'
import {
  referencedOrganization,
  subtreeIds,
} from '../party-organizations/party-organizations.service.ts'
import { partyMemberInclude, toPartyMemberDto } from './party-member-dto.ts'
import { recordMemberEvent } from './party-member-events.ts'

const live = { deletedAt: null }

const dateOrNull = (value: string | null | undefined) =>
  value === undefined ? undefined : value === null ? null : toDbDate(value)

/**
 * The roster page by page; with `ids` (a selection: 导出所选, 打印所选) exactly those members in
 * the actor's scope, whatever the other filters say (one who left the roll too).
 */
export const listMembers = async (
  db: TTransaction,
  actor: TActor,
  query: z.output<typeof ZPartyMemberListQuery> & { ids?: string[] },
  today: string,
) => {
  const sort = parseSort(query.sort)
  const organizations =
    query.organizationId && !query.ids ? await subtreeIds(db, query.organizationId) : null
  const filters = query.ids
    ? [partyMemberScope(actor), { id: { in: query.ids } }]
    : [
        partyMemberScope(actor),
        { state: query.state },
        organizations ? { organizationId: { in: organizations } } : {},
        query.committeeId ? { committeeId: query.committeeId } : {},
        query.status ? { status: query.status } : {},
        query.category ? { category: query.category } : {},
        query.lostContact
          ? { lostContactOn: query.lostContact === 'true' ? { not: null } : null }
          : {},
        query.q ? { resident: { name: { contains: query.q } } } : {},
      ]
  const { after, orderBy, skip, take } = pageArgs(sort, query)
  const rows = await db.partyMember.findMany({
    where: { AND: after ? [...filters, after] : filters },
    orderBy,
    skip,
    take,
    include: partyMemberInclude,
  })
  const total = await db.partyMember.count({ where: { AND: filters } })
  return {
    ...toPage(rows, query.limit, sort, (row) => toPartyMemberDto(row, today)),
    total,
    page: query.page,
  }
}

export const getMember = async (db: TTransaction, actor: TActor, id: string, today: string) => {
  const row = await db.partyMember.findFirst({
    where: { AND: [{ id }, partyMemberScope(actor)] },
    include: partyMemberInclude,
  })
  if (!row) throw notFound()
  return toPartyMemberDto(row, today)
}

/** The dues standard from the rule, or a field error on `dues`. */
export const standardOf = (input: TDuesInput) => {
  const standard = duesStandard(input)
  if (!standard.ok) throw fieldError('dues', standard.error)
  const basis =
    'incomeFen' in input ? input.incomeFen : 'amountFen' in input ? input.amountFen : null
  return {
    duesCategory: input.category,
    duesBasisFen: basis,
    duesStandardFen: standard.value.amountFen,
  }
}

/** Members belong to a branch or a group of the tree, in the actor's party scope. */
export const assertMemberOrganization = async (ctx: TWriteContext, organizationId: string) => {
  const organization = await referencedOrganization(ctx.tx, ctx.actor, organizationId)
  if (organization.level === 'committee')
    throw fieldError('organizationId', 'party_organization_not_branch')
  return organization
}

export const createMember = async (
  ctx: TWriteContext,
  input: z.output<typeof ZPartyMemberCreate>,
) => {
  const resident = await ctx.tx.resident.findFirst({
    where: { AND: [{ id: input.residentId, deletedAt: null }, committeeScope(ctx.actor)] },
  })
  if (!resident) throw fieldError('residentId', 'not_found')
  // A deceased person (死亡: the record is closed) joins no roll.
  if (resident.status === 'deceased') throw fieldError('residentId', 'resident_deceased', 409)
  await assertMemberOrganization(ctx, input.organizationId)
  if (input.status === 'full' && !input.fullMembershipOn)
    throw fieldError('fullMembershipOn', 'party_full_membership_date_required')
  const stages = checkPartyStages({
    joinedOn: input.joinedOn,
    fullMembershipOn: input.status === 'full' ? input.fullMembershipOn : null,
  })
  if (!stages.ok) throw fieldError('fullMembershipOn', stages.error)
  const existing = await ctx.tx.partyMember.findFirst({
    where: { residentId: resident.id, ...live },
    include: { organization: { select: { name: true } } },
  })
  // One live record per person; a record on a roll outside the scope is not pointed at.
  const shown =
    existing &&
    (await ctx.tx.partyMember.count({
      where: { AND: [{ id: existing.id }, partyMemberScope(ctx.actor)] },
    }))
  if (existing)
    throw new AppError('party_member_exists', 409, {
      fields: [{ path: 'residentId', code: 'party_member_exists' }],
      ...(shown
        ? {
            existing: {
              type: 'party_member',
              id: existing.id,
              label: `${resident.name}（${existing.organization.name}）`,
            },
          }
        : {}),
    })
  const id = newId()
  await ctx.tx.partyMember.create({
    data: {
      id,
      residentId: resident.id,
      organizationId: input.organizationId,
      committeeId: resident.committeeId,
      status: input.status,
      category: input.category,
      appliedOn: dateOrNull(input.appliedOn) ?? null,
      activistOn: dateOrNull(input.activistOn) ?? null,
      candidateOn: dateOrNull(input.candidateOn) ?? null,
      joinedOn: toDbDate(input.joinedOn),
      fullMembershipOn: input.status === 'full' ? dateOrNull(input.fullMembershipOn) : null,
      introducers: input.introducers,
      partyPosts: input.partyPosts,
      hardship: input.hardship,
      notes: input.notes,
      duesSettledThrough: input.duesPaidThrough ?? null,
      ...standardOf(input.dues),
    },
  })
  await recordMemberEvent(ctx, id, 'joined', input.joinedOn)
  if (input.status === 'full' && input.fullMembershipOn)
    await recordMemberEvent(ctx, id, 'confirmed', input.fullMembershipOn)
  const after = await getMember(ctx.tx, ctx.actor, id, ctx.today)
  await ctx.audit({
    action: 'create',
    entityType: 'party_member',
    entityId: id,
    committeeId: resident.committeeId,
    after,
  })
  return after
}

export const updateMember = async (
  ctx: TWriteContext,
  id: string,
  version: number,
  input: z.output<typeof ZPartyMemberUpdate>,
) => {
  const before = await getMember(ctx.tx, ctx.actor, id, ctx.today)
  const {
    dues,
    duesFromMonth,
    duesPaidThrough,
    appliedOn,
    activistOn,
    candidateOn,
    lostContactOn,
    ...fields
  } = input
  const standard = dues ? standardOf(dues) : undefined
  await updateVersioned(ctx.tx.partyMember, { id, ...partyMemberScope(ctx.actor) }, version, {
    ...fields,
    appliedOn: dateOrNull(appliedOn),
    activistOn: dateOrNull(activistOn),
    candidateOn: dateOrNull(candidateOn),
    lostContactOn: dateOrNull(lostContactOn),
    ...(duesPaidThrough !== undefined && { duesSettledThrough: duesPaidThrough }),
    ...standard,
  })
  if (standard && standard.duesStandardFen !== before.dues.standardFen)
    await dateStandard(ctx, before, standard.duesStandardFen, duesFromMonth ?? monthOf(ctx.today))
  const after = await getMember(ctx.tx, ctx.actor, id, ctx.today)
  await ctx.audit({
    action: 'update',
    entityType: 'party_member',
    entityId: id,
    committeeId: after.resident.committee.id,
    before,
    after,
  })
  return after
}

/**
 * A changed standard applies from a month on; the months before keep what they were priced at.
 * The first change also dates the standard the member had, from the month of joining.
 */
const dateStandard = async (
  ctx: TWriteContext,
  before: TPartyMember,
  amountFen: number,
  fromMonth: string,
) => {
  const memberId = before.id
  if ((await ctx.tx.partyDuesStandard.count({ where: { memberId } })) === 0)
    await ctx.tx.partyDuesStandard.create({
      data: {
        id: newId(),
        memberId,
        fromMonth: duesStartMonth(before.joinedOn),
        amountFen: before.dues.standardFen,
      },
    })
  await ctx.tx.partyDuesStandard.upsert({
    where: { memberId_fromMonth: { memberId, fromMonth } },
    create: { id: newId(), memberId, fromMonth, amountFen },
    update: { amountFen },
  })
}

/** Removes a record entered by mistake (leaving the party is an action with its own event). */
export const deleteMember = async (ctx: TWriteContext, id: string, version: number) => {
  const before = await getMember(ctx.tx, ctx.actor, id, ctx.today)
  await updateVersioned(ctx.tx.partyMember, { id, ...partyMemberScope(ctx.actor) }, version, {
    deletedAt: new Date(),
    deletedById: ctx.actor.userId,
  })
  await ctx.audit({
    action: 'delete',
    entityType: 'party_member',
    entityId: id,
    committeeId: before.resident.committee.id,
    before,
  })
}
