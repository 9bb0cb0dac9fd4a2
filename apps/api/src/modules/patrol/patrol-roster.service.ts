import { addDays, firstDayOfMonth, lastDayOfMonth, monthOf } from '@cr/shared/party/calendar'
import type {
  TPatrolRoster,
  TPatrolRosterEntry,
  TPatrolToday,
  ZRosterEditCreate,
} from '@cr/shared/patrol/patrol-plan'
import {
  applyRosterEdits,
  planRunsOn,
  rosterFromPlans,
  rosterKey,
  type TRosterEdit,
  type TRosterEntry,
} from '@cr/shared/patrol/patrol-roster'
import { chinaLocalOf, endsNextDay, serviceDateOf } from '@cr/shared/patrol/patrol-time'
import type { z } from 'zod'
import { committeeScope, type TActor } from '../../lib/actor.ts'
import type { TTransaction } from '../../lib/db-types.ts'
import { fromDbDate, toDbDate } from '../../lib/dates.ts'
import { fieldError, notFound } from '../../lib/errors.ts'
import { newId } from '../../lib/ids.ts'
import type { TWriteContext } from '../../lib/write.ts'
import { toPlanRule } from './patrol-plan-dto.ts'
import { isOwnTeam } from './patrol-team-scope.ts'

type TScope = Pick<TActor, 'allCommittees' | 'committeeIds'>
type TEditRow = Awaited<ReturnType<TTransaction['patrolRosterEdit']['findMany']>>[number]

/** A leave's member as the roster rules key it (a resident and an account never collide). */
const personKey = (kind: 'resident' | 'user', id: string) => `${kind}:${id}`

const toRuleEdit = (row: TEditRow): TRosterEdit => {
  const entryKey = rosterKey(row.planId, fromDbDate(row.date))
  switch (row.kind) {
    case 'swap':
      return {
        kind: 'swap',
        entryKey,
        otherKey: rosterKey(row.otherPlanId!, fromDbDate(row.otherDate!)),
      }
    case 'replace':
      return { kind: 'replace', entryKey, teamId: row.teamId! }
    case 'leave':
      return {
        kind: 'leave',
        entryKey,
        memberId: row.memberResidentId
          ? personKey('resident', row.memberResidentId)
          : personKey('user', row.memberUserId!),
      }
    default:
      return { kind: 'cancel', entryKey, reason: row.reason }
  }
}

/**
 * The roster of a month with the live edits applied, as the rules give it (ids, not names). A
 * swap may join an entry of another month (30 November with 1 December): the months its edits
 * name are generated too, and the answer keeps only the month's own entries.
 */
const rosterOf = async (db: TTransaction, scope: TScope, month: string, committeeId?: string) => {
  const first = toDbDate(firstDayOfMonth(month))
  const last = toDbDate(lastDayOfMonth(month))
  const inCommittee = [committeeScope(scope), committeeId ? { committeeId } : {}]
  const [plans, edits] = await Promise.all([
    db.patrolPlan.findMany({ where: { AND: [{ deletedAt: null }, ...inCommittee] } }),
    db.patrolRosterEdit.findMany({
      where: {
        AND: [
          { deletedAt: null },
          ...inCommittee,
          {
            OR: [{ date: { gte: first, lte: last } }, { otherDate: { gte: first, lte: last } }],
          },
        ],
      },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    }),
  ])
  const months = new Set([month])
  for (const e of edits) {
    months.add(monthOf(fromDbDate(e.date)))
    if (e.otherDate) months.add(monthOf(fromDbDate(e.otherDate)))
  }
  const rules = plans.map(toPlanRule)
  const generated = [...months].flatMap((m) => rosterFromPlans(rules, m))
  const ruleEdits = edits.map(toRuleEdit)
  const rowOf = new Map(ruleEdits.map((e, i) => [e, edits[i]!]))
  const applied = applyRosterEdits(generated, ruleEdits)
  return {
    plans,
    edits,
    entries: applied.entries.filter((e) => monthOf(e.date) === month),
    unmatched: applied.unmatched.map((e) => rowOf.get(e)!),
  }
}

/** The names an answer shows: teams, routes, members on leave, the logs that fulfilled entries. */
const withNames = async (
  db: TTransaction,
  plans: readonly { id: string; start: string; end: string }[],
  edits: readonly TEditRow[],
  entries: readonly TRosterEntry[],
): Promise<TPatrolRosterEntry[]> => {
  if (entries.length === 0) return []
  const editsOf = new Map<string, { id: string; kind: string }[]>()
  const note = (key: string, row: TEditRow) =>
    editsOf.set(key, [...(editsOf.get(key) ?? []), { id: row.id, kind: row.kind }])
  for (const row of edits) {
    note(rosterKey(row.planId, fromDbDate(row.date)), row)
    if (row.otherPlanId) note(rosterKey(row.otherPlanId, fromDbDate(row.otherDate!)), row)
  }
  const ids = (pick: (e: TRosterEntry) => (string | null)[]) => [
    ...new Set(entries.flatMap(pick).filter((v): v is string => !!v)),
  ]
  const people = ids((e) => e.absentMemberIds)
  const dates = ids((e) => [e.date]).sort()
  const [teams, routes, residents, users, logs] = await Promise.all([
    db.patrolTeam.findMany({
      where: { id: { in: ids((e) => [e.teamId, e.plannedTeamId]) } },
      select: { id: true, name: true, kind: true },
    }),
    db.patrolRoute.findMany({
      where: { id: { in: ids((e) => [e.routeId]) } },
      select: { id: true, name: true },
    }),
    db.resident.findMany({
      where: { id: { in: people.filter((p) => p.startsWith('resident:')).map((p) => p.slice(9)) } },
      select: { id: true, name: true },
    }),
    db.user.findMany({
      where: { id: { in: people.filter((p) => p.startsWith('user:')).map((p) => p.slice(5)) } },
      select: { id: true, displayName: true },
    }),
    db.patrolLog.findMany({
      where: {
        planId: { in: ids((e) => [e.planId]) },
        deletedAt: null,
        date: { gte: toDbDate(dates[0]!), lte: toDbDate(dates.at(-1)!) },
      },
      select: { id: true, planId: true, date: true, start: true, end: true },
    }),
  ])
  const team = new Map(teams.map((t) => [t.id, t]))
  const route = new Map(routes.map((r) => [r.id, r.name]))
  const plan = new Map(plans.map((p) => [p.id, p]))
  const person = new Map<string, string>([
    ...residents.map((r) => [`resident:${r.id}`, r.name] as const),
    ...users.map((u) => [`user:${u.id}`, u.displayName] as const),
  ])
  const log = new Map(
    logs.map((l) => [
      rosterKey(l.planId!, fromDbDate(l.date)),
      { id: l.id, name: `${fromDbDate(l.date)} ${l.start}–${l.end ?? ''}` },
    ]),
  )
  const teamRef = (id: string) => {
    const t = team.get(id)
    return { id, name: t?.name ?? '', kind: (t?.kind ?? 'team') as 'team' }
  }
  return entries.map((e) => {
    const p = plan.get(e.planId)
    const planned = e.plannedTeamId ? teamRef(e.plannedTeamId) : null
    return {
      plan: {
        id: e.planId,
        name: `${p?.start ?? e.window.start}–${p?.end ?? e.window.end} ${(planned ?? teamRef(e.teamId)).name}`,
      },
      date: e.date,
      start: e.window.start,
      end: e.window.end,
      endsNextDay: endsNextDay(e.window),
      team: teamRef(e.teamId),
      plannedTeam: planned ? { id: planned.id, name: planned.name } : null,
      route: e.routeId ? { id: e.routeId, name: route.get(e.routeId) ?? '' } : null,
      absent: e.absentMemberIds.map((key) => {
        const [kind, id] = key.split(':') as ['resident' | 'user', string]
        return { kind, id, name: person.get(key) ?? '' }
      }),
      cancelled: e.cancelled,
      cancelReason: e.cancelReason,
      log: log.get(e.key) ?? null,
      edits: editsOf.get(e.key) ?? [],
    }
  })
}

/** 排班表: the month's entries from the live plans and live edits, in the caller's scope. */
export const patrolRoster = async (
  db: TTransaction,
  actor: TActor,
  today: string,
  query: { month?: string; committeeId?: string; teamId?: string },
): Promise<TPatrolRoster> => {
  const month = query.month ?? monthOf(today)
  const roster = await rosterOf(db, actor, month, query.committeeId)
  // A team's entries include those it was swapped out of or replaced on (shown as planned).
  const ofTeam = (e: (typeof roster.entries)[number], team: (id: string) => boolean) =>
    team(e.teamId) || (e.plannedTeamId !== null && team(e.plannedTeamId))
  const entries = roster.entries
    .filter((e) => !query.teamId || ofTeam(e, (id) => id === query.teamId))
    // A field role's account: its own teams' nights (patrol-team-scope.ts).
    .filter((e) => ofTeam(e, (id) => isOwnTeam(actor, id)))
  return {
    month,
    entries: await withNames(db, roster.plans, roster.edits, entries),
    unmatchedEdits: roster.unmatched.map((row) => ({
      id: row.id,
      kind: row.kind,
      entry: { planId: row.planId, date: fromDbDate(row.date) },
    })),
  }
}

/** A roster entry the caller may edit: a live plan in scope that runs that day. */
const entryPlan = async (
  db: TTransaction,
  actor: TActor,
  path: string,
  ref: { planId: string; date: string },
) => {
  const plan = await db.patrolPlan.findFirst({
    where: { AND: [{ id: ref.planId, deletedAt: null }, committeeScope(actor)] },
  })
  if (!plan || !planRunsOn(toPlanRule(plan), ref.date))
    throw fieldError(path, 'patrol_roster_entry_unknown')
  return plan
}

type TEditInput = z.output<typeof ZRosterEditCreate>

/** What the audit keeps of an edit: its kind and what it names, never more than the request. */
const editSnapshot = (row: TEditRow) => ({
  kind: row.kind,
  entry: { planId: row.planId, date: fromDbDate(row.date) },
  other: row.otherPlanId ? { planId: row.otherPlanId, date: fromDbDate(row.otherDate!) } : null,
  teamId: row.teamId,
  member: row.memberResidentId
    ? { kind: 'resident', id: row.memberResidentId }
    : row.memberUserId
      ? { kind: 'user', id: row.memberUserId }
      : null,
  reason: row.reason,
})

/**
 * 换班 / 顶班 / 请假 / 取消: one edit on a roster entry. The entry (and a swap's other entry) must
 * be one the plans give; a replacing team is of the plan's committee; a member on leave is a
 * member that day of the team the entry now has (after earlier edits).
 */
export const createRosterEdit = async (ctx: TWriteContext, input: TEditInput) => {
  const plan = await entryPlan(ctx.tx, ctx.actor, 'entry', input.entry)
  const data = {
    id: newId(),
    committeeId: plan.committeeId,
    kind: input.kind,
    planId: plan.id,
    date: toDbDate(input.entry.date),
    createdById: ctx.actor.userId,
  }
  let extra: object = {}
  switch (input.kind) {
    case 'swap': {
      const other = await entryPlan(ctx.tx, ctx.actor, 'other', input.other)
      if (other.committeeId !== plan.committeeId)
        throw fieldError('other', 'patrol_roster_entry_unknown')
      extra = { otherPlanId: other.id, otherDate: toDbDate(input.other.date) }
      break
    }
    case 'replace': {
      const team = await ctx.tx.patrolTeam.count({
        where: { id: input.teamId, committeeId: plan.committeeId, deletedAt: null },
      })
      if (!team) throw fieldError('teamId', 'patrol_roster_team_unknown')
      extra = { teamId: input.teamId }
      break
    }
    case 'leave': {
      const month = monthOf(input.entry.date)
      const roster = await rosterOf(ctx.tx, ctx.actor, month, plan.committeeId)
      const entry = roster.entries.find((e) => e.key === rosterKey(plan.id, input.entry.date))
      const day = toDbDate(input.entry.date)
      const member = await ctx.tx.patrolTeamMember.count({
        where: {
          teamId: entry?.teamId ?? plan.teamId,
          ...(input.member.kind === 'resident'
            ? { residentId: input.member.id }
            : { userId: input.member.id }),
          joinedOn: { lte: day },
          OR: [{ leftOn: null }, { leftOn: { gt: day } }],
        },
      })
      if (!member) throw fieldError('member', 'patrol_roster_member_unknown')
      extra =
        input.member.kind === 'resident'
          ? { memberResidentId: input.member.id }
          : { memberUserId: input.member.id }
      break
    }
    case 'cancel':
      extra = { reason: input.reason }
      break
  }
  const row = await ctx.tx.patrolRosterEdit.create({ data: { ...data, ...extra } })
  await ctx.audit({
    action: 'create',
    entityType: 'patrol_roster_edit',
    entityId: row.id,
    committeeId: row.committeeId,
    after: editSnapshot(row),
  })
  return { id: row.id }
}

/** Undo: the edit is deleted (soft), so the roster is regenerated without it. */
export const undoRosterEdit = async (ctx: TWriteContext, editId: string) => {
  const row = await ctx.tx.patrolRosterEdit.findFirst({
    where: { AND: [{ id: editId, deletedAt: null }, committeeScope(ctx.actor)] },
  })
  if (!row) throw notFound()
  await ctx.tx.patrolRosterEdit.update({
    where: { id: row.id },
    data: { deletedAt: new Date(), deletedById: ctx.actor.userId },
  })
  await ctx.audit({
    action: 'delete',
    entityType: 'patrol_roster_edit',
    entityId: row.id,
    committeeId: row.committeeId,
    before: editSnapshot(row),
  })
}

/**
 * 今日班次 for the phone: the entries of the current service date for the teams the caller is a
 * current member of. At 01:30 the service date is yesterday when one of yesterday's windows
 * (20:00–次日02:00) still holds the moment; otherwise it is today.
 */
export const patrolToday = async (
  db: TTransaction,
  actor: TActor,
  now: Date,
): Promise<TPatrolToday> => {
  const local = chinaLocalOf(now)
  const day = local.slice(0, 10)
  const yesterday = addDays(day, -1)
  const memberships = actor.userId
    ? await db.patrolTeamMember.findMany({
        where: { userId: actor.userId, leftOn: null, team: { deletedAt: null } },
        select: { teamId: true, team: { select: { committeeId: true } } },
      })
    : []
  if (memberships.length === 0) return { serviceDate: day, entries: [] }
  const teamIds = new Set(memberships.map((m) => m.teamId))
  // Membership is what lets the caller see these entries: the teams' committees are the scope.
  const scope = {
    allCommittees: false,
    committeeIds: [...new Set(memberships.map((m) => m.team.committeeId))],
  }
  const months = [...new Set([monthOf(yesterday), monthOf(day)])]
  const rosters = await Promise.all(months.map((m) => rosterOf(db, scope, m)))
  const plans = rosters.flatMap((r) => r.plans)
  const edits = rosters.flatMap((r) => r.edits)
  const mine = rosters
    .flatMap((r) => r.entries)
    .filter((e) => teamIds.has(e.teamId) && (e.date === day || e.date === yesterday))
  const lateNight = mine.some(
    (e) => e.date === yesterday && serviceDateOf(e.window, local) === yesterday,
  )
  const serviceDate = lateNight ? yesterday : day
  return {
    serviceDate,
    entries: await withNames(
      db,
      plans,
      edits,
      mine.filter((e) => e.date === serviceDate),
    ),
  }
}
