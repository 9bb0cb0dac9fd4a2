import { todayInChina } from '@cr/shared/party/calendar'
import { lapseRisk } from '@cr/shared/party/lapse'
import type { TMemberStatus } from '@cr/shared/party/party-codes'
import type { TActor } from '../../lib/actor.ts'
import { fromDbDate } from '../../lib/dates.ts'
import type { TTransaction } from '../../lib/db-types.ts'
import { partyMemberScope } from '../../lib/party-scope.ts'
import { duesRollInclude, memberRoll } from './party-member-roll.ts'
import {
  scopedOrganization,
  subtreeIds,
} from '../party-organizations/party-organizations.service.ts'

/** Active members of an organisation's subtree with what the dues and lapse rules need. */
export const rosterForRules = async (db: TTransaction, actor: TActor, organizationIds?: string[]) =>
  db.partyMember.findMany({
    where: {
      AND: [
        partyMemberScope(actor),
        { state: 'active' },
        organizationIds ? { organizationId: { in: organizationIds } } : {},
      ],
    },
    include: {
      resident: { select: { name: true } },
      organization: { select: { id: true, name: true } },
      ...duesRollInclude,
      events: {
        where: { type: 'transferred_in' },
        select: { occurredOn: true },
        orderBy: { occurredOn: 'desc' },
        take: 1,
      },
      attended: {
        where: { present: true },
        select: { meeting: { select: { heldOn: true } } },
      },
    },
    orderBy: { joinedOn: 'asc' },
  })

type TRosterRow = Awaited<ReturnType<typeof rosterForRules>>[number]

/**
 * Since when this system can know the member's organisational life: the later of joining, the
 * day they came onto this roll (added, or brought in by a roster) and their last transfer in.
 * Before that their meetings were held elsewhere or never recorded here — a member who joined in
 * 1985 and was imported yesterday has not missed 40 years of meetings.
 */
const onRollSince = (row: TRosterRow, joinedOn: string): string =>
  [joinedOn, todayInChina(row.createdAt), ...row.events.map((e) => fromDbDate(e.occurredOn))]
    .sort()
    .at(-1)!

/** The member's roll from joining to `month`, and the lapse risk on `today`. */
export const memberDues = (row: TRosterRow, month: string, today: string) => {
  const joinedOn = fromDbDate(row.joinedOn)
  const value = memberRoll(row, month)
  const lastMeetingOn = row.attended
    .map((a) => fromDbDate(a.meeting.heldOn))
    .reduce<string | null>((last, d) => (last === null || d > last ? d : last), null)
  const risk = lapseRisk(
    {
      since: joinedOn,
      meetingsSince: onRollSince(row, joinedOn),
      lastDuesMonth: value?.lastPaidMonth ?? row.duesSettledThrough,
      lastMeetingOn,
    },
    today,
  )
  const thisMonth = value?.months.at(-1)
  return {
    dueFen: thisMonth?.month === month ? thisMonth.dueFen : 0,
    paidFen: thisMonth?.month === month ? thisMonth.paidFen : 0,
    owedFen: value?.owedFen ?? 0,
    paidThrough: value?.paidUpTo ?? null,
    risk,
  }
}

export const duesRollReport = async (
  db: TTransaction,
  actor: TActor,
  organizationId: string,
  month: string,
  today: string,
) => {
  const organization = await scopedOrganization(db, actor, organizationId)
  const roster = await rosterForRules(db, actor, await subtreeIds(db, organizationId))
  const rows = roster.map((row) => {
    const dues = memberDues(row, month, today)
    return {
      member: { id: row.id, name: row.resident.name },
      status: row.status as TMemberStatus,
      standardFen: row.duesStandardFen,
      dueFen: dues.dueFen,
      paidFen: dues.paidFen,
      owedFen: dues.owedFen,
      paidThrough: dues.paidThrough,
      // The dues roll's 提醒 is about dues (连续六个月未交); meetings have their own reminder.
      lapse: dues.risk.dues.level,
    }
  })
  const sum = (key: 'dueFen' | 'paidFen' | 'owedFen') => rows.reduce((t, r) => t + r[key], 0)
  return {
    organization: { id: organization.id, name: organization.name },
    month,
    rows,
    totals: { dueFen: sum('dueFen'), paidFen: sum('paidFen'), owedFen: sum('owedFen') },
  }
}
