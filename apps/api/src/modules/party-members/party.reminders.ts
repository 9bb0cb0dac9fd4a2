import { lastDayOfMonth } from '@cr/shared/party/calendar'
import { warningMonths } from '@cr/shared/party/lapse'
import { meetingTypeLabels } from '@cr/shared/party/party-codes'
import { parsePeriod } from '@cr/shared/party/period'
import type { TReminderSeverity } from '@cr/shared/reminders/reminder'
import { say, type TReminderSource, type TSourceReminder } from '../reminders/reminder-source.ts'
import { partyReminders } from './party-reminders.ts'

/** The last day of a meeting slot (`2026-11`, `2026Q4`, `2026`): when the quota falls due. */
const slotEnds = (label: string): string | null => {
  if (/^\d{4}-\d{2}$/.test(label)) return lastDayOfMonth(label)
  const period = parsePeriod(label)
  return period.ok ? period.value.to : null
}

const probationSeverity: Record<string, TReminderSeverity> = {
  upcoming: 'low',
  due: 'medium',
  overdue: 'high',
}

/**
 * The party's reminders (`party-reminders.ts`, the home page's card) in the centre: probations,
 * transfer letters without a 回执, dues or meetings lapsing, meeting quotas at risk. Scoped by
 * the party data scope as the card is; a member's committee is the one they live in.
 */
export const partyReminderSource: TReminderSource = {
  module: 'party',
  permission: 'party:read',
  reminders: async ({ db, actor, today, language }) => {
    const found = await partyReminders(db, actor, today)
    const memberIds = [
      ...found.probations.map((p) => p.member.id),
      ...found.letters.map((l) => l.member.id),
      ...found.arrears.map((a) => a.member.id),
    ]
    const members = await db.partyMember.findMany({
      where: { id: { in: memberIds } },
      select: { id: true, committeeId: true },
    })
    const committees = await db.committee.findMany({
      where: { id: { in: [...new Set(members.map((m) => m.committeeId))] } },
      select: { id: true, name: true },
    })
    const committeeById = new Map(committees.map((c) => [c.id, c]))
    const committeeOf = new Map(members.map((m) => [m.id, committeeById.get(m.committeeId)]))
    const member = (m: { id: string; name: string }) => ({
      recordType: 'party_member' as const,
      recordId: m.id,
      label: m.name,
    })
    const probations = found.probations.map((p): TSourceReminder => ({
      key: `party.probation:${p.member.id}:${p.dueOn}`,
      kind: 'party.probation',
      severity: probationSeverity[p.state] ?? 'medium',
      dueOn: p.dueOn,
      committee: committeeOf.get(p.member.id) ?? null,
      title:
        p.state === 'overdue'
          ? say(
              language,
              `${p.member.name} 预备期已于${p.dueOn}届满，尚未讨论转正`,
              `${p.member.name}: probation ended on ${p.dueOn}, not yet confirmed`,
            )
          : say(
              language,
              `${p.member.name} 预备期将于${p.dueOn}届满`,
              `${p.member.name}: probation ends on ${p.dueOn}`,
            ),
      subject: member(p.member),
    }))
    const letters = found.letters.map((l): TSourceReminder => ({
      key: `party.letter:${l.id}:${l.validUntil}`,
      kind: 'party.letter',
      severity: l.status === 'expired' ? 'high' : 'low',
      dueOn: l.validUntil,
      committee: committeeOf.get(l.member.id) ?? null,
      title:
        l.status === 'expired'
          ? say(
              language,
              `${l.member.name} 组织关系介绍信（${l.serialNumber}）已于${l.validUntil}过期，回执未回`,
              `${l.member.name}: transfer letter ${l.serialNumber} expired on ${l.validUntil} without a receipt`,
            )
          : say(
              language,
              `${l.member.name} 组织关系介绍信（${l.serialNumber}）回执未回，有效期至${l.validUntil}`,
              `${l.member.name}: receipt of transfer letter ${l.serialNumber} outstanding (valid until ${l.validUntil})`,
            ),
      subject: member(l.member),
    }))
    const arrears = found.arrears.map((a): TSourceReminder => {
      const what = [
        a.duesMonths >= warningMonths
          ? say(language, `${a.duesMonths}个月未交党费`, `no dues for ${a.duesMonths} months`)
          : null,
        a.meetingMonths >= warningMonths
          ? say(
              language,
              `${a.meetingMonths}个月未参加组织生活`,
              `no meetings for ${a.meetingMonths} months`,
            )
          : null,
      ].filter((s): s is string => s !== null)
      return {
        // One occurrence per level: seen at 警示, it comes back when it becomes 停止党籍的风险.
        key: `party.arrears:${a.member.id}:${a.level}`,
        kind: 'party.arrears',
        severity: a.level === 'lapse' ? 'high' : 'medium',
        dueOn: null,
        committee: committeeOf.get(a.member.id) ?? null,
        title: `${a.member.name} ${what.join(say(language, '、', ', ')) || say(language, '党费或组织生活中断', 'dues or meetings lapsing')}`,
        subject: member(a.member),
      }
    })
    const meetings = found.meetings.map((m): TSourceReminder => {
      const type = meetingTypeLabels[m.type][language]
      return {
        key: `party.meeting:${m.organization.id}:${m.type}-${m.slot}-${m.status}`,
        kind: 'party.meeting',
        severity: m.status === 'missed' ? 'high' : 'medium',
        dueOn: slotEnds(m.slot),
        // A branch may cover several committees: it is the branch's, not one committee's.
        committee: null,
        title:
          m.status === 'missed'
            ? say(
                language,
                `${m.organization.name} ${m.slot} ${type}未召开`,
                `${m.organization.name}: ${type} of ${m.slot} not held`,
              )
            : say(
                language,
                `${m.organization.name} ${m.slot} ${type}尚未召开，即将到期`,
                `${m.organization.name}: ${type} of ${m.slot} not held yet`,
              ),
        subject: {
          recordType: 'party_organization',
          recordId: m.organization.id,
          label: m.organization.name,
        },
      }
    })
    return [...probations, ...letters, ...arrears, ...meetings]
  },
}
