import type {
  TPatrolPersonInput,
  ZPatrolIncidentInput,
  ZPatrolQuestioningInput,
} from '@cr/shared/patrol/patrol-log'
import { maskIdNumber } from '@cr/shared/validators/id-number'
import type { z } from 'zod'
import { committeeScope } from '../../lib/actor.ts'
import { toDbDate } from '../../lib/dates.ts'
import { fieldError } from '../../lib/errors.ts'
import { newId } from '../../lib/ids.ts'
import type { TWriteContext } from '../../lib/write.ts'
import { getPendingRegistration } from '../rentals/pending-registrations.service.ts'

/**
 * The checks and writes of a log's parts — members, incidents, 盘查 — shared by create, change
 * and the phone's steps. Every record a body names is checked against the log's committee (a
 * field error naming the path, alike for another committee's record and one that does not
 * exist) before anything is written.
 */
/** `incidents.0.` for a finding of a log's body; nothing for a step's body (the finding itself). */
const under = (path: string) => (path ? `${path}.` : '')
type TIncident = z.output<typeof ZPatrolIncidentInput>
type TQuestioning = z.output<typeof ZPatrolQuestioningInput>
export type TLogFrame = { id: string; committeeId: string; teamId: string; date: string }

/**
 * Who may be on a log: a member of the team on the log's date (joined by then, not left before
 * it) — resident or staff account —, or any active staff account working for the committee
 * (a clerk who went along). A resident who is not in the team that day is refused.
 */
export const checkMembers = async (
  ctx: TWriteContext,
  frame: Omit<TLogFrame, 'id'>,
  members: readonly TPatrolPersonInput[],
) => {
  const day = toDbDate(frame.date)
  const inTeam = await ctx.tx.patrolTeamMember.findMany({
    where: {
      teamId: frame.teamId,
      joinedOn: { lte: day },
      OR: [{ leftOn: null }, { leftOn: { gte: day } }],
    },
    select: { residentId: true, userId: true },
  })
  const teamResidents = new Set(inTeam.flatMap((m) => (m.residentId ? [m.residentId] : [])))
  const teamUsers = new Set(inTeam.flatMap((m) => (m.userId ? [m.userId] : [])))
  const userIds = members.filter((m) => m.kind === 'user' && !teamUsers.has(m.id)).map((m) => m.id)
  const staff = new Set(
    userIds.length === 0
      ? []
      : (
          await ctx.tx.user.findMany({
            where: {
              id: { in: userIds },
              deletedAt: null,
              active: true,
              OR: [
                { role: { in: ['admin', 'supervisor'] } },
                { role: 'clerk', committees: { some: { committeeId: frame.committeeId } } },
              ],
            },
            select: { id: true },
          })
        ).map((u) => u.id),
  )
  members.forEach((m, i) => {
    const ok =
      m.kind === 'resident' ? teamResidents.has(m.id) : teamUsers.has(m.id) || staff.has(m.id)
    if (!ok) throw fieldError(`members.${i}.id`, 'patrol_log_member_not_in_team')
  })
}

export const writeMembers = async (
  ctx: TWriteContext,
  logId: string,
  leader: TPatrolPersonInput,
  members: readonly TPatrolPersonInput[],
) => {
  await ctx.tx.patrolLogMember.deleteMany({ where: { logId } })
  await ctx.tx.patrolLogMember.createMany({
    data: members.map((m, position) => ({
      id: newId(),
      logId,
      residentId: m.kind === 'resident' ? m.id : null,
      userId: m.kind === 'user' ? m.id : null,
      leader: m.kind === leader.kind && m.id === leader.id,
      position,
    })),
  })
}

const checkPlace = async (
  ctx: TWriteContext,
  committeeId: string,
  id: string | null,
  path: string,
) => {
  if (!id) return
  const found = await ctx.tx.building.count({ where: { id, committeeId, deletedAt: null } })
  if (!found) throw fieldError(path, 'building_unknown_in_committee')
}

/** Photos named in a finding: uploads to a log of the same committee. */
const checkPhotos = async (
  ctx: TWriteContext,
  committeeId: string,
  ids: readonly string[],
  path: string,
) => {
  if (ids.length === 0) return
  const found = new Set(
    (
      await ctx.tx.patrolPhoto.findMany({
        where: { id: { in: [...ids] }, committeeId },
        select: { id: true },
      })
    ).map((p) => p.id),
  )
  const index = ids.findIndex((id) => !found.has(id))
  if (index >= 0) throw fieldError(`${under(path)}${index}`, 'patrol_photo_unknown')
}

export const checkIncident = async (
  ctx: TWriteContext,
  committeeId: string,
  incident: TIncident,
  path: string,
) => {
  await checkPlace(ctx, committeeId, incident.placeId, `${under(path)}placeId`)
  await checkPhotos(ctx, committeeId, incident.photoIds, `${under(path)}photoIds`)
  if (incident.unregisteredTenant) {
    const found = await ctx.tx.rentalProperty.count({
      where: {
        AND: [
          { id: incident.unregisteredTenant.propertyId, committeeId, deletedAt: null },
          committeeScope(ctx.actor),
        ],
      },
    })
    if (!found)
      throw fieldError(`${under(path)}unregisteredTenant.propertyId`, 'rental_property_unknown')
  }
}

export const checkQuestioning = async (
  ctx: TWriteContext,
  committeeId: string,
  questioning: TQuestioning,
  path: string,
) => {
  if (questioning.person.residentId) {
    const found = await ctx.tx.resident.count({
      where: { id: questioning.person.residentId, committeeId, deletedAt: null },
    })
    if (!found) throw fieldError(`${under(path)}person.residentId`, 'resident_unknown')
  }
  await checkPlace(ctx, committeeId, questioning.placeId, `${under(path)}placeId`)
  await checkPhotos(ctx, committeeId, questioning.photoIds, `${under(path)}photoIds`)
}

/**
 * An unregistered tenant found on patrol becomes the rental module's 待登记 on the property,
 * reported on the log's date. Its source: `building_leader` when a 楼长 recorded it, else
 * `other` (the rental contract's sources; the description says it came from a patrol).
 */
const pendingRegistrationOf = async (
  ctx: TWriteContext,
  frame: TLogFrame,
  tenant: NonNullable<TIncident['unregisteredTenant']>,
) => {
  const id = newId()
  await ctx.tx.pendingRegistration.create({
    data: {
      id,
      committeeId: frame.committeeId,
      propertyId: tenant.propertyId,
      name: tenant.name,
      description: ['巡逻发现', tenant.description].filter(Boolean).join('：'),
      source: ctx.actor.role === 'building_leader' ? 'building_leader' : 'other',
      reportedBy: ctx.actor.name,
      reportedOn: toDbDate(frame.date),
    },
  })
  await ctx.audit({
    action: 'create',
    entityType: 'pending_registration',
    entityId: id,
    committeeId: frame.committeeId,
    after: await getPendingRegistration(ctx.tx, ctx.actor, id),
  })
  return id
}

/**
 * Writes an incident at `position`. `keepId`: the id of an incident sent back on a change
 * (kept, with the 待登记 it already created: a tenant is not reported twice).
 */
export const writeIncident = async (
  ctx: TWriteContext,
  frame: TLogFrame,
  incident: TIncident,
  position: number,
  kept?: { id: string; pendingRegistrationId: string | null },
) => {
  const pendingRegistrationId =
    kept?.pendingRegistrationId ??
    (incident.unregisteredTenant
      ? await pendingRegistrationOf(ctx, frame, incident.unregisteredTenant)
      : null)
  const data = {
    position,
    type: incident.type,
    text: incident.text,
    buildingId: incident.placeId,
    photoIds: incident.photoIds,
    handling: incident.handling,
    handlingText: incident.handlingText,
    needsFollowUp: incident.needsFollowUp,
    pendingRegistrationId,
  }
  if (kept) await ctx.tx.patrolIncident.update({ where: { id: kept.id }, data })
  else await ctx.tx.patrolIncident.create({ data: { id: newId(), logId: frame.id, ...data } })
}

/**
 * Writes a 盘查; the ID number shown is kept encrypted, with its masked form for answers. A 盘查
 * kept on a change (`keptId`) keeps the number it holds when none is sent: answers carry only
 * the masked form, so a client cannot send the number back.
 */
export const writeQuestioning = async (
  ctx: TWriteContext,
  frame: TLogFrame,
  q: TQuestioning,
  position: number,
  keptId?: string,
) => {
  const idNumber = q.person.idNumber
  const number = idNumber
    ? { idNumberCipher: ctx.cipher.encrypt(idNumber), idNumberMasked: maskIdNumber(idNumber) }
    : keptId
      ? {}
      : { idNumberCipher: null, idNumberMasked: null }
  const data = {
    position,
    residentId: q.person.residentId,
    name: q.person.name,
    ...number,
    description: q.person.description,
    grounds: q.grounds,
    outcome: q.outcome,
    buildingId: q.placeId,
    photoIds: q.photoIds,
    handlingText: q.handlingText,
    needsFollowUp: q.needsFollowUp,
  }
  if (keptId) await ctx.tx.patrolQuestioning.update({ where: { id: keptId }, data })
  else await ctx.tx.patrolQuestioning.create({ data: { id: newId(), logId: frame.id, ...data } })
}
