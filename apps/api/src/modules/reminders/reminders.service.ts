import type {
  TReminder,
  TReminderCount,
  TReminderListQuery,
  TReminderPage,
  TReminderSeverity,
  TReminderSnooze,
} from '@cr/shared/reminders/reminder'
import { reminderSources } from '../../reminder-sources.ts'
import { fromDbDate, toDbDate } from '../../lib/dates.ts'
import { AppError, fieldError } from '../../lib/errors.ts'
import { newId } from '../../lib/ids.ts'
import type { TWriteContext } from '../../lib/write.ts'
import type { TReminderScope } from './reminder-source.ts'
import { refusePageWithCursor } from '../../lib/keyset.ts'

const severityRank: Record<TReminderSeverity, number> = { high: 0, medium: 1, low: 2 }

/** Due date first (none last), then the most severe, then the key: the same order every time. */
const byDueThenSeverity = (a: TReminder, b: TReminder) =>
  (a.dueOn ?? '9999-12-31').localeCompare(b.dueOn ?? '9999-12-31') ||
  severityRank[a.severity] - severityRank[b.severity] ||
  a.key.localeCompare(b.key)

type TStateRow = {
  reminderKey: string
  state: string
  snoozedUntil: Date | null
  reason: string | null
  actorName: string | null
}

/** The office's answer on `today`: a snooze whose day has come is open again. */
const withState = (
  reminder: Omit<TReminder, 'state' | 'snoozedUntil' | 'reason' | 'handledBy'>,
  row: TStateRow | undefined,
  today: string,
): TReminder => {
  const snoozedUntil = row?.snoozedUntil ? fromDbDate(row.snoozedUntil) : null
  const state =
    row?.state === 'seen'
      ? 'seen'
      : row?.state === 'snoozed' && snoozedUntil && snoozedUntil > today
        ? 'snoozed'
        : 'open'
  return {
    ...reminder,
    state,
    snoozedUntil,
    reason: row?.reason ?? null,
    handledBy: row?.actorName ?? null,
  }
}

/**
 * Every reminder the actor can see today: each module's source they may read (its read
 * permission), in that module's data scope, with the office's state.
 */
export const visibleReminders = async (scope: TReminderScope): Promise<TReminder[]> => {
  const found = await Promise.all(
    reminderSources
      .filter((source) => scope.actor.permissions.has(source.permission))
      .map(async (source) =>
        (await source.reminders(scope)).map((r) => ({ ...r, module: source.module })),
      ),
  )
  const reminders = found.flat()
  const states = await scope.db.reminderState.findMany({
    where: { reminderKey: { in: reminders.map((r) => r.key) } },
  })
  const stateOf = new Map(states.map((s) => [s.reminderKey, s]))
  return reminders.map((r) => withState(r, stateOf.get(r.key), scope.today)).sort(byDueThenSeverity)
}

export const listReminders = async (
  scope: TReminderScope,
  query: TReminderListQuery,
): Promise<TReminderPage> => {
  const q = query.q?.toLowerCase()
  const rows = (await visibleReminders(scope)).filter(
    (r) =>
      (!query.module || r.module === query.module) &&
      (!query.severity || r.severity === query.severity) &&
      (!query.committeeId || r.committee?.id === query.committeeId) &&
      (query.state === 'all' || r.state === query.state) &&
      (!q || r.title.toLowerCase().includes(q) || r.subject.label.toLowerCase().includes(q)),
  )
  refusePageWithCursor(query)
  const page = query.page ?? 1
  const start = (page - 1) * query.limit
  return {
    items: rows.slice(start, start + query.limit),
    nextCursor: null,
    total: rows.length,
    page,
  }
}

/** The open reminders (the navigation's badge), by severity. */
export const countReminders = async (scope: TReminderScope): Promise<TReminderCount> => {
  const open = (await visibleReminders(scope)).filter((r) => r.state === 'open')
  const of = (s: TReminderSeverity) => open.filter((r) => r.severity === s).length
  return { total: open.length, high: of('high'), medium: of('medium'), low: of('low') }
}

const scopeOf = (ctx: TWriteContext, language: TReminderScope['language']): TReminderScope => ({
  db: ctx.tx,
  actor: ctx.actor,
  today: ctx.today,
  language,
})

/** What an audit row keeps of a reminder's state. */
const snapshot = (r: TReminder) => ({
  key: r.key,
  title: r.title,
  state: r.state,
  snoozedUntil: r.snoozedUntil,
  reason: r.reason,
})

/**
 * Stores the office's state of one reminder (one row per key: office-wide) and audits the change
 * with the state before and after. `null` clears it (open again).
 */
const setState = async (
  ctx: TWriteContext,
  before: TReminder,
  next: { state: 'seen' | 'snoozed'; snoozedUntil: string | null; reason: string | null } | null,
) => {
  const where = { reminderKey: before.key }
  if (next === null) {
    await ctx.tx.reminderState.deleteMany({ where })
  } else {
    const data = {
      committeeId: before.committee?.id ?? null,
      state: next.state,
      snoozedUntil: next.snoozedUntil ? toDbDate(next.snoozedUntil) : null,
      reason: next.reason,
      actorId: ctx.actor.userId,
      actorName: ctx.actor.name,
    }
    await ctx.tx.reminderState.upsert({
      where,
      create: { id: newId(), reminderKey: before.key, ...data },
      update: { ...data, version: { increment: 1 } },
    })
  }
  const after = withState(
    before,
    next
      ? {
          reminderKey: before.key,
          state: next.state,
          snoozedUntil: next.snoozedUntil ? toDbDate(next.snoozedUntil) : null,
          reason: next.reason,
          actorName: ctx.actor.name,
        }
      : undefined,
    ctx.today,
  )
  await ctx.audit({
    action: 'update',
    entityType: 'reminder',
    entityId: before.key,
    committeeId: before.committee?.id ?? null,
    before: snapshot(before),
    after: snapshot(after),
    reason: next?.reason ?? null,
  })
  return after
}

/**
 * A key the caller does not see today (another committee's, a module they do not read, one that
 * no longer applies, or none at all) is refused alike: a field error on the key, as a reference
 * in a body is (the route walk requires a reference to answer as one that does not exist).
 */
const unknownKey = () => fieldError('key', 'reminder_unknown')

const visibleByKey = async (ctx: TWriteContext, language: TReminderScope['language']) =>
  new Map((await visibleReminders(scopeOf(ctx, language))).map((r) => [r.key, r]))

/** 标为已读: each key must be a reminder the caller sees today (else a field error naming it). */
export const markRemindersSeen = async (
  ctx: TWriteContext,
  language: TReminderScope['language'],
  keys: readonly string[],
) => {
  const visible = await visibleByKey(ctx, language)
  const unknown = keys.flatMap((key, i) => (visible.has(key) ? [] : [i]))
  if (unknown.length > 0)
    throw new AppError('validation_failed', 400, {
      fields: unknown.map((i) => ({ path: `keys.${i}`, code: 'reminder_unknown' })),
    })
  const items: TReminder[] = []
  for (const key of new Set(keys)) {
    items.push(
      await setState(ctx, visible.get(key)!, { state: 'seen', snoozedUntil: null, reason: null }),
    )
  }
  return { items }
}

/** 暂缓: until a day after today, with a reason; back in the open list on that day. */
export const snoozeReminder = async (
  ctx: TWriteContext,
  language: TReminderScope['language'],
  input: TReminderSnooze,
) => {
  const before = (await visibleByKey(ctx, language)).get(input.key)
  if (!before) throw unknownKey()
  if (input.until <= ctx.today) throw fieldError('until', 'reminder_snooze_not_future')
  const after = await setState(ctx, before, {
    state: 'snoozed',
    snoozedUntil: input.until,
    reason: input.reason,
  })
  return { items: [after] }
}

/** 恢复: a seen or snoozed reminder is open again. */
export const reopenReminder = async (
  ctx: TWriteContext,
  language: TReminderScope['language'],
  key: string,
) => {
  const before = (await visibleByKey(ctx, language)).get(key)
  if (!before) throw unknownKey()
  return { items: [await setState(ctx, before, null)] }
}
