import type { ZPartyOfficerCreate } from '@cr/shared/party/party-officer'
import type { z } from 'zod'
import type { TActor } from '../../lib/actor.ts'
import { fromDbDate, toDbDate } from '../../lib/dates.ts'
import type { TTransaction } from '../../lib/db-types.ts'
import { AppError, fieldError, notFound } from '../../lib/errors.ts'
import { newId } from '../../lib/ids.ts'
import type { TWriteContext } from '../../lib/write.ts'
import {
  scopedOrganization,
  subtreeIds,
} from '../party-organizations/party-organizations.service.ts'
import { partyMemberScope, partyOrganizationWriteScope } from '../../lib/party-scope.ts'
import { partyOfficerInclude, toPartyOfficerDto } from './party-officer-dto.ts'

/** 支委 and group leaders: members holding a post in an organisation for a term. */
/** An organisation's officers: of one in the actor's party scope (not the 党工委's for clerks). */
export const listOfficers = async (
  db: TTransaction,
  actor: TActor,
  organizationId: string,
  today: string,
) => {
  await scopedOrganization(db, actor, organizationId)
  const rows = await db.partyOfficer.findMany({
    where: { organizationId },
    include: partyOfficerInclude,
    orderBy: [{ termStart: 'desc' }],
  })
  return { items: rows.map((row) => toPartyOfficerDto(row, today)) }
}

/** The officer must be on the organisation's roll (the node or below it). */
export const appointOfficer = async (
  ctx: TWriteContext,
  organizationId: string,
  input: z.output<typeof ZPartyOfficerCreate>,
) => {
  await scopedOrganization(ctx.tx, ctx.actor, organizationId, 'write')
  const member = await ctx.tx.partyMember.findFirst({
    where: {
      id: input.memberId,
      state: 'active',
      organizationId: { in: await subtreeIds(ctx.tx, organizationId) },
      ...partyMemberScope(ctx.actor),
    },
  })
  if (!member) throw fieldError('memberId', 'not_found')
  if (input.termEnd && input.termEnd < input.termStart)
    throw fieldError('termEnd', 'date_range_invalid')
  const id = newId()
  await ctx.tx.partyOfficer.create({
    data: {
      id,
      organizationId,
      memberId: input.memberId,
      post: input.post,
      termStart: toDbDate(input.termStart),
      termEnd: input.termEnd ? toDbDate(input.termEnd) : null,
    },
  })
  await ctx.audit({ action: 'create', entityType: 'party_officer', entityId: id, after: input })
  return listOfficers(ctx.tx, ctx.actor, organizationId, ctx.today)
}

/** The term ends (换届, resignation): the post is kept in the record with its end date. */
export const endOfficerTerm = async (ctx: TWriteContext, id: string, on: string) => {
  const row = await ctx.tx.partyOfficer.findFirst({
    where: { id, organization: partyOrganizationWriteScope(ctx.actor) },
  })
  if (!row) throw notFound()
  if (row.termEnd) throw new AppError('conflict', 409)
  if (on < fromDbDate(row.termStart)) throw fieldError('on', 'date_range_invalid')
  await ctx.tx.partyOfficer.update({ where: { id }, data: { termEnd: toDbDate(on) } })
  await ctx.audit({
    action: 'update',
    entityType: 'party_officer',
    entityId: id,
    after: { termEnd: on },
  })
  return listOfficers(ctx.tx, ctx.actor, row.organizationId, ctx.today)
}
