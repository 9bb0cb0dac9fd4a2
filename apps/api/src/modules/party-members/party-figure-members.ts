import { monthOf } from '@cr/shared/party/calendar'
import { fromDbDate } from '../../lib/dates.ts'
import { partyMemberScope } from '../../lib/party-scope.ts'
import { stampedOn, type TFigureScope, type TFigureSourceRow } from '../statistics/figure-source.ts'
import { duesRollInclude, memberRoll } from './party-member-roll.ts'
import { leavingTypes, onRollIn, rollPeriods } from './party-roll-history.ts'

/**
 * The members the party figures are made of (`party.figures.ts`): every member in the actor's
 * party scope and the committees asked for (a member's committee is where they live), with the
 * dated steps that put them on and off the roll. A member's branch, category and education are
 * today's (the module keeps no history of them); status is read from `fullMembershipOn`.
 */
const memberSelect = (scope: TFigureScope) => ({
  id: true,
  committeeId: true,
  joinedOn: true,
  fullMembershipOn: true,
  state: true,
  category: true,
  updatedAt: true,
  duesStandardFen: true,
  duesSettledThrough: true,
  resident: { select: { name: true, birthDate: true, education: true } },
  organization: { select: { id: true, name: true } },
  events: {
    where: { type: { in: ['transferred_in', 'transferred_out', ...leavingTypes] } },
    select: { type: true, occurredOn: true, details: true },
    orderBy: [{ occurredOn: 'asc' as const }, { recordedAt: 'asc' as const }],
  },
  ...duesRollInclude,
  // Only the period's months are priced: the payments for them are all the roll needs.
  payments: {
    where: { month: { gte: monthOf(scope.from), lte: monthOf(scope.asOf) } },
    select: { month: true, amountFen: true, paidOn: true },
  },
})

const loadMembers = async (scope: TFigureScope) => {
  const rows = await scope.db.partyMember.findMany({
    where: {
      AND: [
        partyMemberScope(scope.actor),
        scope.committeeIds ? { committeeId: { in: [...scope.committeeIds] } } : {},
      ],
    },
    select: memberSelect(scope),
  })
  return rows.map((row) => {
    const events = row.events.map((e) => ({
      type: e.type,
      occurredOn: fromDbDate(e.occurredOn),
      details: (e.details ?? {}) as Record<string, unknown>,
    }))
    const joinedOn = fromDbDate(row.joinedOn)
    return {
      ...row,
      events,
      joinedOn,
      fullMembershipOn: row.fullMembershipOn ? fromDbDate(row.fullMembershipOn) : null,
      birthDate: fromDbDate(row.resident.birthDate),
      periods: rollPeriods(
        { joinedOn, state: row.state, lastChangedOn: stampedOn(scope, row.updatedAt) },
        events,
      ),
      /** The row as `memberRoll` prices it. */
      rollSource: row,
    }
  })
}

export type TFigureMember = Awaited<ReturnType<typeof loadMembers>>[number]

// Every party figure of one request reads the same members: loaded once per scope.
const loaded = new WeakMap<TFigureScope, ReturnType<typeof loadMembers>>()

export const figureMembers = (scope: TFigureScope) => {
  let members = loaded.get(scope)
  if (!members) {
    members = loadMembers(scope)
    loaded.set(scope, members)
  }
  return members
}

/** A member as a row of a figure, in their branch. */
export const memberRow = (member: TFigureMember) => ({
  recordType: 'party_member' as const,
  recordId: member.id,
  label: member.resident.name,
  detail: member.organization.name,
  committeeId: member.committeeId,
  part: member.organization.id,
  partLabel: member.organization.name,
})

export const inPeriod = (scope: TFigureScope, date: string | null) =>
  date !== null && scope.from <= date && date <= scope.asOf

/**
 * A member's dues over the period's months up to `asOf`'s month in which they were on the roll:
 * each month priced by the party module's own roll (`memberRoll`: the dated standards, the
 * 党费交至 brought onto the roll), paid counting only payments made by `asOf`.
 */
export const memberDues = (scope: TFigureScope, member: TFigureMember) => {
  const asOf = scope.asOf
  const payments = member.rollSource.payments.filter((p) => fromDbDate(p.paidOn) <= asOf)
  const roll = memberRoll({ ...member.rollSource, payments }, monthOf(asOf))
  const months = (roll?.months ?? []).filter(
    (m) => m.month >= monthOf(scope.from) && onRollIn(member.periods, m.month),
  )
  const due = months.reduce((sum, m) => sum + m.dueFen, 0)
  const paid = months.reduce((sum, m) => sum + m.paidFen, 0)
  return { due, paid, owed: Math.max(0, due - paid), months: months.map((m) => m.month) }
}

/** A member's rows of a dues figure: one per member with something in it. */
export const duesRows = (
  scope: TFigureScope,
  members: readonly TFigureMember[],
  pick: 'due' | 'paid' | 'owed',
): TFigureSourceRow[] =>
  members.flatMap((member) => {
    const dues = memberDues(scope, member)
    if (dues[pick] <= 0) return []
    const span = `${dues.months[0]}–${dues.months.at(-1)}`
    return [
      { ...memberRow(member), detail: `${member.organization.name} ${span}`, amount: dues[pick] },
    ]
  })
