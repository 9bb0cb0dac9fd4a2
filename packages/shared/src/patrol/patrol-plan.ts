import { z } from 'zod'
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
import { ZMonth } from '../party/calendar.ts'
import { ZPatrolTeamKind } from './patrol-codes.ts'
import { ZPatrolClock, ZPatrolPerson, ZPatrolPersonInput } from './patrol-log.ts'

/**
 * The schedule's contract (排班): a plan puts a team or group on a route on some days in a
 * window (patrol-roster.ts gives the month's roster from the plans); the office's edits on a
 * roster entry — named by its plan and service date — are swaps, replacements, leave and
 * cancellations, each a record of its own so the roster can be regenerated under them.
 */
// `.overwrite`, not `.transform`: the same schema serializes answers (a transform cannot encode).
export const ZPatrolPlanDays = z
  .discriminatedUnion('kind', [
    z.object({ kind: z.literal('every_day') }),
    z.object({
      kind: z.literal('weekdays'),
      weekdays: z
        .array(z.number().int().min(1).max(7))
        .min(1, issue('patrol_plan_days_required'))
        .overwrite((days) => [...new Set(days)].sort((x, y) => x - y))
        .describe('1 Monday … 7 Sunday'),
    }),
    z.object({
      kind: z.literal('dates'),
      dates: z
        .array(ZDateInput)
        .min(1, issue('patrol_plan_days_required'))
        .max(366)
        .overwrite((dates) => [...new Set(dates)].sort()),
    }),
  ])
  .meta({ id: 'PatrolPlanDays' })

const planFields = {
  teamId: ZId,
  routeId: ZId.nullish()
    .transform((v) => v ?? null)
    .describe('null: a beat without checkpoints'),
  days: ZPatrolPlanDays,
  start: ZPatrolClock,
  end: ZPatrolClock.describe('At or before the start: the next day (次日)'),
  from: ZDateInput,
  to: ZDateInput.nullish()
    .transform((v) => v ?? null)
    .describe('null: open-ended'),
  note: optionalText(200),
}

const inOrder = (v: { from?: string; to?: string | null }) => !v.from || !v.to || v.from <= v.to

export const ZPatrolPlanCreate = z
  .object(planFields)
  .refine(inOrder, { ...issue('date_range_invalid'), path: ['to'] })
  .meta({ id: 'PatrolPlanCreate' })
export type TPatrolPlanCreate = z.input<typeof ZPatrolPlanCreate>

export const ZPatrolPlan = ZRecordMeta.extend({
  committee: ZRef,
  team: ZRef.extend({ kind: ZPatrolTeamKind }),
  route: ZRef.nullable(),
  days: ZPatrolPlanDays,
  start: z.string(),
  end: z.string(),
  endsNextDay: z.boolean(),
  minutes: z.number().int().describe('The window’s length'),
  from: ZDate,
  to: ZDate.nullable(),
  note: z.string().nullable(),
}).meta({ id: 'PatrolPlan' })
export type TPatrolPlan = z.infer<typeof ZPatrolPlan>

/** A change of a plan: any of its fields (the dates' order is checked against the stored ones). */
export const ZPatrolPlanUpdate = updateOf(z.object(planFields)).meta({ id: 'PatrolPlanUpdate' })

export const ZPatrolPlanListQuery = ZNumberedListQuery.extend({
  committeeId: ZId.optional(),
  teamId: ZId.optional(),
  routeId: ZId.optional(),
  activeOn: ZDateInput.optional().describe('Plans in force that day (from ≤ day ≤ to)'),
  sort: sortParam(['fromDate', 'createdAt'] as const, '-fromDate'),
})
export const ZPatrolPlanPage = pageOf(ZPatrolPlan).meta({ id: 'PatrolPlanPage' })

/** A roster entry by its plan and service date (one entry a plan a day). */
export const ZRosterEntryRef = z
  .object({ planId: ZId, date: ZDateInput })
  .meta({ id: 'PatrolRosterEntryRef' })

export const ZRosterEditCreate = z
  .discriminatedUnion('kind', [
    z.object({ kind: z.literal('swap'), entry: ZRosterEntryRef, other: ZRosterEntryRef }),
    z.object({ kind: z.literal('replace'), entry: ZRosterEntryRef, teamId: ZId }),
    z.object({ kind: z.literal('leave'), entry: ZRosterEntryRef, member: ZPatrolPersonInput }),
    z.object({ kind: z.literal('cancel'), entry: ZRosterEntryRef, reason: optionalText(200) }),
  ])
  .refine(
    (e) => e.kind !== 'swap' || e.entry.planId !== e.other.planId || e.entry.date !== e.other.date,
    { ...issue('patrol_roster_swap_same'), path: ['other'] },
  )
  .meta({ id: 'PatrolRosterEditCreate' })
export type TRosterEditCreate = z.input<typeof ZRosterEditCreate>

export const ZPatrolRosterEntry = z
  .object({
    plan: ZRef,
    date: ZDate.describe('The service date'),
    start: z.string(),
    end: z.string(),
    endsNextDay: z.boolean(),
    team: ZRef.extend({ kind: ZPatrolTeamKind }),
    plannedTeam: ZRef.nullable().describe('The plan’s team when a swap or replacement changed it'),
    route: ZRef.nullable(),
    absent: z.array(ZPatrolPerson).describe('Members on leave that day'),
    cancelled: z.boolean(),
    cancelReason: z.string().nullable(),
    log: ZRef.nullable().describe('The patrol log that fulfilled it'),
    edits: z
      .array(z.object({ id: ZId, kind: z.string() }))
      .describe('The live edits on this entry (a swap on both of its entries), to undo them'),
  })
  .meta({ id: 'PatrolRosterEntry' })

/** A month's roster; `unmatchedEdits`: edits whose entry the plans no longer give. */
export const ZPatrolRoster = z
  .object({
    month: ZMonth,
    entries: z.array(ZPatrolRosterEntry),
    unmatchedEdits: z.array(z.object({ id: ZId, kind: z.string(), entry: ZRosterEntryRef })),
  })
  .meta({ id: 'PatrolRoster' })

// No component id: a querystring schema stays inline for the OpenAPI document's parameters.
export const ZPatrolRosterQuery = z.object({
  month: ZMonth.optional().describe('Left out: the current month'),
  committeeId: ZId.optional(),
  teamId: ZId.optional(),
})

export const ZRosterEditParams = z.object({ editId: ZId })
export const ZRosterEditCreated = z.object({ id: ZId }).meta({ id: 'PatrolRosterEditCreated' })

/** The phone's 今日班次: the entries of the current service date for the caller's own teams. */
export const ZPatrolToday = z
  .object({
    serviceDate: ZDate.describe('01:30 belongs to the night before when its window holds it'),
    entries: z.array(ZPatrolRosterEntry),
  })
  .meta({ id: 'PatrolToday' })
export type TPatrolToday = z.infer<typeof ZPatrolToday>
export type TPatrolRoster = z.infer<typeof ZPatrolRoster>
export type TPatrolRosterEntry = z.infer<typeof ZPatrolRosterEntry>
