import { z } from 'zod'
import { ZNumberedListQuery, pageOf, queryBoolean, sortParam } from '../common/pagination.ts'
import {
  ZDate,
  ZDateInput,
  ZId,
  ZRecordMeta,
  ZRef,
  optionalText,
  updateOf,
} from '../common/record.ts'
import { ZIncidentType } from './patrol-codes.ts'

/**
 * A follow-up (跟进事项): a finding that needs more than the patrol could do — a blocked fire exit
 * the property company must clear, a person the 民警 should see — becomes a task with an owner
 * (a staff account) and a due date, open until closed with a date and a note. Overdue is not
 * stored: it is open past its due date on the day asked (`followUpState`, the injected clock).
 */
export const followUpStates = ['open', 'overdue', 'closed'] as const
export type TFollowUpState = (typeof followUpStates)[number]
export const followUpStateLabels: Record<TFollowUpState, { zh: string; en: string }> = {
  open: { zh: '跟进中', en: 'Open' },
  overdue: { zh: '已逾期', en: 'Overdue' },
  closed: { zh: '已办结', en: 'Closed' },
}

/** Closed once it has a closing date; overdue when open after its due day; else open. */
export const followUpState = (
  f: { dueOn: string; closedOn: string | null },
  today: string,
): TFollowUpState => (f.closedOn !== null ? 'closed' : today > f.dueOn ? 'overdue' : 'open')

export const findingKinds = ['incident', 'questioning'] as const

export const ZPatrolFollowUp = ZRecordMeta.extend({
  committee: ZRef,
  log: ZRef.describe('The patrol log (its name: date and team)'),
  finding: z.object({
    kind: z.enum(findingKinds),
    id: ZId,
    type: ZIncidentType.nullable().describe('The incident type; null for a 盘查'),
    text: z.string().describe('The finding’s text or the person questioned, shortened'),
  }),
  owner: ZRef.describe('The staff account that follows it up'),
  openedOn: ZDate,
  dueOn: ZDate,
  closedOn: ZDate.nullable(),
  note: z.string().nullable(),
  closingNote: z.string().nullable(),
  state: z.enum(followUpStates),
}).meta({ id: 'PatrolFollowUp' })
export type TPatrolFollowUp = z.infer<typeof ZPatrolFollowUp>

const followUpFields = {
  ownerId: ZId,
  dueOn: ZDateInput,
  note: optionalText(500),
}

export const ZPatrolFollowUpCreate = z
  .object({
    findingId: ZId.describe('An incident or a 盘查 of a log'),
    openedOn: ZDateInput,
    ...followUpFields,
  })
  .meta({ id: 'PatrolFollowUpCreate' })

export const ZPatrolFollowUpUpdate = updateOf(z.object(followUpFields)).meta({
  id: 'PatrolFollowUpUpdate',
})

/** 办结: the day and what was done (`patrol_follow_up_closed_early` before it was opened). */
export const ZPatrolFollowUpClose = z
  .object({ closedOn: ZDateInput, note: optionalText(500) })
  .meta({ id: 'PatrolFollowUpClose' })

// No `.meta({ id })`: a query string must be inline properties, never a `$ref`, for OpenAPI.
export const ZPatrolFollowUpListQuery = ZNumberedListQuery.extend({
  committeeId: ZId.optional(),
  teamId: ZId.optional(),
  ownerId: ZId.optional(),
  logId: ZId.optional(),
  state: z.enum(followUpStates).optional(),
  sort: sortParam(['dueOn', 'openedOn'] as const, 'dueOn'),
  open: queryBoolean.optional().describe('Open (overdue included) or closed'),
})
export const ZPatrolFollowUpPage = pageOf(ZPatrolFollowUp).meta({ id: 'PatrolFollowUpPage' })
