import { meetingCompliance, requiredMeetingTypes } from '@cr/shared/party/meetings'
import type { TMeetingType } from '@cr/shared/party/party-codes'
import type { ZPartyMeetingCreate, ZPartyMeetingListQuery } from '@cr/shared/party/party-meeting'
import type { TPeriod } from '@cr/shared/party/period'
import type { z } from 'zod'
import type { TActor } from '../../lib/actor.ts'
import { fromDbDate, toDbDate } from '../../lib/dates.ts'
import type { TTransaction } from '../../lib/db-types.ts'
import { fieldError, notFound } from '../../lib/errors.ts'
import { newId } from '../../lib/ids.ts'
import { numbering, pageArgs, parseSort, toPage } from '../../lib/keyset.ts'
import { partyMemberScope, partyOrganizationScope } from '../../lib/party-scope.ts'
import type { TWriteContext } from '../../lib/write.ts'
import {
  referencedOrganization,
  scopedOrganization,
  subtreeIds,
} from '../party-organizations/party-organizations.service.ts'
import { partyMeetingInclude, toPartyMeetingDto } from './party-meeting-dto.ts'

export const listMeetings = async (
  db: TTransaction,
  actor: TActor,
  query: z.output<typeof ZPartyMeetingListQuery>,
) => {
  const sort = parseSort('-heldOn')
  const organizations = query.organizationId ? await subtreeIds(db, query.organizationId) : null
  const filters = [
    { deletedAt: null },
    { organization: partyOrganizationScope(actor) },
    organizations ? { organizationId: { in: organizations } } : {},
    query.type ? { type: query.type } : {},
    query.from ? { heldOn: { gte: toDbDate(query.from) } } : {},
    query.to ? { heldOn: { lte: toDbDate(query.to) } } : {},
  ]
  const { after, orderBy, skip, take } = pageArgs(sort, query)
  const rows = await db.partyMeeting.findMany({
    where: { AND: after ? [...filters, after] : filters },
    orderBy,
    skip,
    take,
    include: partyMeetingInclude,
  })
  return {
    ...toPage(rows, query.limit, sort, toPartyMeetingDto),
    ...(await numbering(query, () => db.partyMeeting.count({ where: { AND: filters } }))),
  }
}

export const getMeeting = async (db: TTransaction, actor: TActor, id: string) => {
  const row = await db.partyMeeting.findFirst({
    where: { id, deletedAt: null, organization: partyOrganizationScope(actor) },
    include: partyMeetingInclude,
  })
  if (!row) throw notFound()
  return toPartyMeetingDto(row)
}

/**
 * A meeting with its attendance, held by an organisation in the actor's scope (the 党工委's by
 * party administrators); attendees must be on the organisation's roster (subtree).
 */
export const createMeeting = async (
  ctx: TWriteContext,
  input: z.output<typeof ZPartyMeetingCreate>,
) => {
  await referencedOrganization(ctx.tx, ctx.actor, input.organizationId)
  const organizations = await subtreeIds(ctx.tx, input.organizationId)
  const onRoster = await ctx.tx.partyMember.findMany({
    where: {
      AND: [
        { id: { in: input.attendance.map((a) => a.memberId) } },
        { organizationId: { in: organizations } },
        partyMemberScope(ctx.actor),
      ],
    },
    select: { id: true },
  })
  const known = new Set(onRoster.map((m) => m.id))
  input.attendance.forEach((a, i) => {
    if (!known.has(a.memberId)) throw fieldError(`attendance.${i}.memberId`, 'not_found')
  })
  const id = newId()
  await ctx.tx.partyMeeting.create({
    data: {
      id,
      organizationId: input.organizationId,
      type: input.type,
      heldOn: toDbDate(input.heldOn),
      title: input.title,
      minutes: input.minutes,
      attendance: {
        create: input.attendance.map((a) => ({
          memberId: a.memberId,
          present: a.present,
          absenceReason: a.present ? null : a.absenceReason,
        })),
      },
    },
  })
  const after = await getMeeting(ctx.tx, ctx.actor, id)
  await ctx.audit({ action: 'create', entityType: 'party_meeting', entityId: id, after })
  return after
}

/**
 * 三会一课 compliance of one organisation in a quarter or a year (meetings.ts), judged on the
 * meetings required of it (a branch without 党小组 holds no 党小组会).
 */
export const complianceOf = async (
  db: TTransaction,
  actor: TActor,
  organizationId: string,
  period: TPeriod,
  /** Today: the running period's slots are judged on it. */
  on: string,
) => {
  const organization = await scopedOrganization(db, actor, organizationId)
  const rows = await db.partyMeeting.findMany({
    where: {
      organizationId,
      deletedAt: null,
      heldOn: { gte: toDbDate(period.from), lte: toDbDate(period.to) },
    },
    select: { type: true, heldOn: true },
  })
  const groups = await db.partyOrganization.count({
    where: { parentId: organizationId, level: 'group', deletedAt: null },
  })
  return {
    organization: { id: organization.id, name: organization.name },
    period: period.label,
    types: meetingCompliance({
      meetings: rows.map((r) => ({ type: r.type as TMeetingType, date: fromDbDate(r.heldOn) })),
      period,
      on,
      types: requiredMeetingTypes({ level: organization.level, groups }),
    }),
  }
}
