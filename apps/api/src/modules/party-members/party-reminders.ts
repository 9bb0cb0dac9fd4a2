import { monthOf } from '@cr/shared/party/calendar'
import { meetingCompliance, requiredMeetingTypes } from '@cr/shared/party/meetings'
import type { TMeetingType } from '@cr/shared/party/party-codes'
import { periodOf } from '@cr/shared/party/period'
import { probationReminder } from '@cr/shared/party/probation'
import { transferLetterStatus } from '@cr/shared/party/transfer-letter'
import type { TActor } from '../../lib/actor.ts'
import { fromDbDate, toDbDate } from '../../lib/dates.ts'
import type { TTransaction } from '../../lib/db-types.ts'
import { partyMemberScope, partyOrganizationScope } from '../../lib/party-scope.ts'
import { memberDues, rosterForRules } from './party-dues.ts'

/**
 * Today's party reminders in the actor's scope: probations ending or overdue, transfer letters
 * whose 回执 has not come back, members nearing or past 6 months without dues or meetings, and
 * branches' meeting quotas at risk or missed this quarter (党小组会 only of branches that have
 * 党小组). Each from its rule in shared/party.
 */
export const partyReminders = async (db: TTransaction, actor: TActor, today: string) => {
  const roster = await rosterForRules(db, actor)
  const probations = roster.flatMap((row) => {
    if (row.status !== 'probationary') return []
    const reminder = probationReminder(
      { joinedOn: fromDbDate(row.joinedOn), extendedMonths: row.probationExtendedMonths },
      today,
    )
    if (!reminder.ok || reminder.value.state === 'none') return []
    return [
      {
        member: { id: row.id, name: row.resident.name },
        organization: row.organization,
        state: reminder.value.state,
        dueOn: reminder.value.dueOn,
        daysUntilDue: reminder.value.daysUntilDue,
      },
    ]
  })
  const arrears = roster.flatMap((row) => {
    const { risk } = memberDues(row, monthOf(today), today)
    if (risk.level === 'ok') return []
    return [
      {
        member: { id: row.id, name: row.resident.name },
        organization: row.organization,
        level: risk.level,
        duesMonths: risk.dues.months,
        meetingMonths: risk.meetings.months,
      },
    ]
  })
  const transfers = await db.partyTransfer.findMany({
    where: { direction: 'out', receiptReturnedOn: null, member: partyMemberScope(actor) },
    include: { member: { select: { id: true, resident: { select: { name: true } } } } },
    orderBy: { issuedOn: 'asc' },
  })
  const letters = transfers.flatMap((t) => {
    const state = transferLetterStatus(
      { issuedOn: fromDbDate(t.issuedOn), validDays: t.validDays, receiptReturnedOn: null },
      today,
    )
    if (!state.ok || state.value.status === 'received') return []
    return [
      {
        id: t.id,
        member: { id: t.member.id, name: t.member.resident.name },
        serialNumber: t.serialNumber,
        toOrganization: t.toOrganization,
        validUntil: state.value.validUntil,
        status: state.value.status,
      },
    ]
  })
  const period = periodOf(today, 'quarter')
  const branches = await db.partyOrganization.findMany({
    where: { AND: [{ level: 'branch' }, partyOrganizationScope(actor)] },
    select: {
      id: true,
      name: true,
      level: true,
      _count: { select: { children: { where: { level: 'group', deletedAt: null } } } },
      meetings: {
        where: {
          deletedAt: null,
          heldOn: { gte: toDbDate(period.from), lte: toDbDate(period.to) },
        },
        select: { type: true, heldOn: true },
      },
    },
  })
  const meetings = branches.flatMap((branch) =>
    meetingCompliance({
      meetings: branch.meetings.map((m) => ({
        type: m.type as TMeetingType,
        date: fromDbDate(m.heldOn),
      })),
      period,
      on: today,
      types: requiredMeetingTypes({ level: branch.level, groups: branch._count.children }),
    }).flatMap((c) =>
      c.slots
        .filter((s) => s.status === 'at_risk' || s.status === 'missed')
        .map((s) => ({
          organization: { id: branch.id, name: branch.name },
          type: c.type,
          slot: s.label,
          status: s.status as 'at_risk' | 'missed',
        })),
    ),
  )
  return { probations, letters, arrears, meetings }
}
