import { z } from 'zod'
import { issue } from '../common/issue.ts'
import { ZNumberedListQuery, pageOf } from '../common/pagination.ts'
import { ZDate, ZDateInput, ZRef } from '../common/record.ts'
import { ZFigureModule, figureRecordTypes, type TFigureModule } from '../statistics/statistics.ts'

/**
 * The reminders centre (提醒中心): what the office should act on, from every module's own
 * reminder rules (party probations, rentals' registrations, 低保 reviews, patrol follow-ups), in
 * one list. A reminder is computed on the day asked, never stored; what is stored is the office's
 * answer to it — seen (已读) or snoozed (暂缓) until a day — by its stable `key`.
 */

/** What a reminder is about; the key's first part. A module adds its kinds here. */
export const reminderKinds = [
  'party.probation',
  'party.letter',
  'party.arrears',
  'party.meeting',
  'rentals.contract-ending',
  'rentals.contract-expired-occupied',
  'rentals.registration-late',
  'rentals.endorsement-due',
  'rentals.rectification-overdue',
  'rentals.pending',
  'subsidies.review-due',
  'patrol.follow-up-due',
  'patrol.follow-up-overdue',
] as const
export const ZReminderKind = z.enum(reminderKinds).meta({ id: 'ReminderKind' })
export type TReminderKind = z.infer<typeof ZReminderKind>

export const reminderKindLabels: Record<TReminderKind, { zh: string; en: string }> = {
  'party.probation': { zh: '预备期届满', en: 'Probation ending' },
  'party.letter': { zh: '介绍信回执未回', en: 'Transfer letter receipt outstanding' },
  'party.arrears': { zh: '党费或组织生活中断', en: 'Dues or meetings lapsing' },
  'party.meeting': { zh: '三会一课未完成', en: 'Meeting quota at risk' },
  'rentals.contract-ending': { zh: '租约即将到期', en: 'Contract ending' },
  'rentals.contract-expired-occupied': {
    zh: '租约已到期仍有人居住',
    en: 'Contract expired, still occupied',
  },
  'rentals.registration-late': { zh: '暂住登记逾期', en: 'Registration late' },
  'rentals.endorsement-due': { zh: '居住证签注到期', en: 'Residence permit endorsement due' },
  'rentals.rectification-overdue': { zh: '整改逾期', en: 'Rectification overdue' },
  'rentals.pending': { zh: '待登记人员', en: 'Pending registration' },
  'subsidies.review-due': { zh: '低保复核到期', en: 'Subsistence review due' },
  'patrol.follow-up-due': { zh: '巡逻跟进即将到期', en: 'Patrol follow-up due' },
  'patrol.follow-up-overdue': { zh: '巡逻跟进已逾期', en: 'Patrol follow-up overdue' },
}

/** The modules as the reminders centre's filter names them. */
export const reminderModuleLabels: Record<TFigureModule, { zh: string; en: string }> = {
  party: { zh: '党建', en: 'Party' },
  registry: { zh: '人口房屋', en: 'Registry' },
  rentals: { zh: '出租房屋', en: 'Rentals' },
  subsidies: { zh: '低保', en: 'Subsistence' },
  patrol: { zh: '巡逻', en: 'Patrol' },
  'co-building': { zh: '共驻共建', en: 'Co-building' },
}

export const reminderSeverities = ['high', 'medium', 'low'] as const
export const ZReminderSeverity = z.enum(reminderSeverities).meta({ id: 'ReminderSeverity' })
export type TReminderSeverity = z.infer<typeof ZReminderSeverity>
export const reminderSeverityLabels: Record<TReminderSeverity, { zh: string; en: string }> = {
  high: { zh: '紧急', en: 'High' },
  medium: { zh: '一般', en: 'Medium' },
  low: { zh: '提示', en: 'Low' },
}

/** open: to act on (a snooze whose day has come is open again); seen: 已读; snoozed: 暂缓. */
export const reminderStates = ['open', 'seen', 'snoozed'] as const
export const ZReminderState = z.enum(reminderStates).meta({ id: 'ReminderState' })
export type TReminderState = z.infer<typeof ZReminderState>
export const reminderStateLabels: Record<TReminderState, { zh: string; en: string }> = {
  open: { zh: '待处理', en: 'Open' },
  seen: { zh: '已读', en: 'Seen' },
  snoozed: { zh: '暂缓', en: 'Snoozed' },
}

/** The records a reminder links to: the figures' kinds and the few only reminders name. */
export const reminderRecordTypes = [
  ...figureRecordTypes,
  'party_transfer',
  'rental_inspection',
  'pending_registration',
  'patrol_follow_up',
] as const
export const ZReminderRecordType = z.enum(reminderRecordTypes).meta({ id: 'ReminderRecordType' })
export type TReminderRecordType = z.infer<typeof ZReminderRecordType>

/**
 * `<kind>:<record id>:<due date or what makes the occurrence>`: the same reminder keeps its key
 * from day to day (its state sticks to it), a new occurrence (a later due date, a worse level)
 * gets a new one.
 */
export const ZReminderKey = z
  .string()
  .min(3)
  .max(200)
  .regex(/^[a-z-]+\.[a-z-]+:[\x21-\x7e]+$/)
  .describe('A reminder’s stable key, `<kind>:<record id>:<occurrence>`')

export const ZReminder = z
  .object({
    key: ZReminderKey,
    module: ZFigureModule,
    kind: ZReminderKind,
    severity: ZReminderSeverity,
    dueOn: ZDate.nullable().describe('The day it falls due (past when overdue); null if none'),
    committee: ZRef.nullable(),
    title: z.string().describe('What to act on, in the language asked for'),
    subject: z.object({
      recordType: ZReminderRecordType,
      recordId: z.string(),
      label: z.string().describe('The record’s name (a person, an address, a branch)'),
    }),
    state: ZReminderState,
    snoozedUntil: ZDate.nullable(),
    reason: z.string().nullable().describe('Why it was snoozed'),
    handledBy: z.string().nullable().describe('Who marked it seen or snoozed it'),
  })
  .meta({ id: 'Reminder' })
export type TReminder = z.infer<typeof ZReminder>

export const reminderStateFilters = ['open', 'seen', 'snoozed', 'all'] as const

// No `.meta({ id })`: a query string must be inline properties, never a `$ref`, for OpenAPI.
export const ZReminderListQuery = ZNumberedListQuery.extend({
  module: ZFigureModule.optional(),
  severity: ZReminderSeverity.optional(),
  committeeId: z.uuid().optional(),
  state: z
    .enum(reminderStateFilters)
    .default('open')
    .describe('open (with snoozes whose day has come), seen, snoozed, or all'),
  q: z.string().trim().max(100).optional().describe('Part of the title'),
})
export type TReminderListQuery = z.infer<typeof ZReminderListQuery>

export const ZReminderPage = pageOf(ZReminder).meta({ id: 'ReminderPage' })
export type TReminderPage = z.infer<typeof ZReminderPage>

export const ZReminderCount = z
  .object({
    total: z.number().int().nonnegative(),
    high: z.number().int().nonnegative(),
    medium: z.number().int().nonnegative(),
    low: z.number().int().nonnegative(),
  })
  .meta({ id: 'ReminderCount' })
export type TReminderCount = z.infer<typeof ZReminderCount>

export const ZReminderSeen = z
  .object({ keys: z.array(ZReminderKey).min(1).max(100) })
  .meta({ id: 'ReminderSeen' })

export const ZReminderSnooze = z
  .object({
    key: ZReminderKey,
    until: ZDateInput.describe('The day it comes back; after today'),
    reason: z.string().trim().min(1, issue('reminder_reason_required')).max(200),
  })
  .meta({ id: 'ReminderSnooze' })
export type TReminderSnooze = z.infer<typeof ZReminderSnooze>

export const ZReminderReopen = z.object({ key: ZReminderKey }).meta({ id: 'ReminderReopen' })

/** What a write answers: the reminders it changed, as the list shows them now. */
export const ZReminderChanged = z
  .object({ items: z.array(ZReminder) })
  .meta({ id: 'ReminderChanged' })
