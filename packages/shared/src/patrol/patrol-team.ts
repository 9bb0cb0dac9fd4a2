import { z } from 'zod'
import { ZPatrolTeamKind } from './patrol-codes.ts'
import { issue } from '../common/issue.ts'
import { ZNumberedListQuery, pageOf, sortParam } from '../common/pagination.ts'
import {
  ZDate,
  ZDateInput,
  ZId,
  ZRecordMeta,
  ZRef,
  optionalText,
  updateOf,
} from '../common/record.ts'

/**
 * 巡逻队 and 楼长巡逻组: a committee's patrol team, or a group of two or three building leaders
 * patrolling their own estates, with the buildings it covers and its members over time.
 */
// The kinds are the code table's (`patrol-codes.ts`), re-exported for the team's users.
export { patrolTeamKindLabels, patrolTeamKinds, type TPatrolTeamKind } from './patrol-codes.ts'

/** A building leaders' group has two or three current members (DOMAIN.md §5; issue 15). */
export const buildingGroupSize = { min: 2, max: 3 } as const

/**
 * A member: a registry resident or a staff account, never both. Only the name is shown — a
 * resident's ID number never leaves the registry through a patrol answer.
 */
export const ZPatrolTeamMember = z
  .object({
    id: ZId,
    name: z.string(),
    resident: ZRef.nullable().describe('The registry resident, when the member is one'),
    user: ZRef.nullable().describe('The staff account, when the member is staff'),
    leader: z.boolean().describe('带班人: at most one current member is the leader'),
    joinedOn: ZDate,
    leftOn: ZDate.nullable(),
    current: z.boolean().describe('Not yet left'),
  })
  .meta({ id: 'PatrolTeamMember' })
export type TPatrolTeamMember = z.infer<typeof ZPatrolTeamMember>

export const ZPatrolTeam = ZRecordMeta.extend({
  committee: ZRef,
  kind: ZPatrolTeamKind,
  name: z.string(),
  buildings: z
    .array(ZRef)
    .describe('The buildings it covers (named by address); none: the whole committee'),
  notes: z.string().nullable(),
  members: z.array(ZPatrolTeamMember).describe('Current members first, then those who left'),
  leader: ZRef.nullable().describe('The current 带班人 (the member record)'),
  currentCount: z.number().int(),
  warnings: z
    .array(z.enum(['patrol_group_too_small']))
    .describe('A building group with fewer than two current members'),
}).meta({ id: 'PatrolTeam' })
export type TPatrolTeam = z.infer<typeof ZPatrolTeam>

const teamFields = {
  kind: ZPatrolTeamKind.default('team'),
  name: z.string().trim().min(1).max(50),
  buildingIds: z.array(ZId).max(200).default([]),
  notes: optionalText(1000),
}

export const ZPatrolTeamCreate = z
  .object({ committeeId: ZId, ...teamFields })
  .meta({ id: 'PatrolTeamCreate' })
export const ZPatrolTeamUpdate = updateOf(z.object(teamFields)).meta({ id: 'PatrolTeamUpdate' })

/** 入队: a resident or a staff account joins on a day, perhaps as the leader. */
export const ZPatrolMemberJoin = z
  .object({
    residentId: ZId.nullish().transform((v) => v ?? null),
    userId: ZId.nullish().transform((v) => v ?? null),
    leader: z.boolean().default(false),
    joinedOn: ZDateInput,
  })
  .refine((v) => !!v.residentId !== !!v.userId, {
    ...issue('patrol_member_person_required'),
    path: ['residentId'],
  })
  .meta({ id: 'PatrolMemberJoin' })

/** 离队: a member leaves on a day; the row stays as history. */
export const ZPatrolMemberLeave = z
  .object({ leftOn: ZDateInput, note: optionalText(500) })
  .meta({ id: 'PatrolMemberLeave' })

export const ZPatrolMemberParams = z.object({ id: ZId, memberId: ZId })

export const ZPatrolTeamListQuery = ZNumberedListQuery.extend({
  committeeId: ZId.optional(),
  kind: ZPatrolTeamKind.optional(),
  q: z.string().trim().max(50).optional(),
  sort: sortParam(['name', 'createdAt'] as const, 'name'),
})
export const ZPatrolTeamPage = pageOf(ZPatrolTeam).meta({ id: 'PatrolTeamPage' })
