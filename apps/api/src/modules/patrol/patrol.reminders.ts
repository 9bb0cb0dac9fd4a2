import { addDays } from '@cr/shared/party/calendar'
import { toDbDate } from '../../lib/dates.ts'
import { say, type TReminderSource, type TSourceReminder } from '../reminders/reminder-source.ts'
import { patrolFollowUpInclude, toPatrolFollowUpDto } from './patrol-follow-up-dto.ts'
import { visibleFollowUps } from './patrol-follow-ups.service.ts'

/** How far ahead an open follow-up shows before its due day. */
const dueWindowDays = 3

/**
 * 巡逻跟进: follow-ups open past their due day (overdue, `followUpState`) or due within three
 * days, as the follow-ups list shows them (its scope: live, in the caller's committees).
 */
export const patrolReminderSource: TReminderSource = {
  module: 'patrol',
  permission: 'patrol:read',
  reminders: async ({ db, actor, today, language }) => {
    const rows = await db.patrolFollowUp.findMany({
      where: {
        AND: [
          visibleFollowUps(actor),
          { closedOn: null, dueOn: { lte: toDbDate(addDays(today, dueWindowDays)) } },
        ],
      },
      include: patrolFollowUpInclude,
      orderBy: [{ dueOn: 'asc' }, { id: 'asc' }],
    })
    return rows.map((row): TSourceReminder => {
      const f = toPatrolFollowUpDto(row, today)
      const overdue = f.state === 'overdue'
      const what = f.finding.text || f.log.name
      return {
        key: `${overdue ? 'patrol.follow-up-overdue' : 'patrol.follow-up-due'}:${f.id}:${f.dueOn}`,
        kind: overdue ? 'patrol.follow-up-overdue' : 'patrol.follow-up-due',
        severity: overdue ? 'high' : f.dueOn === today ? 'medium' : 'low',
        dueOn: f.dueOn,
        committee: f.committee,
        title: overdue
          ? say(
              language,
              `巡逻跟进「${what}」已逾期（期限${f.dueOn}，${f.owner.name}）`,
              `Patrol follow-up “${what}” overdue (due ${f.dueOn}, ${f.owner.name})`,
            )
          : say(
              language,
              `巡逻跟进「${what}」将于${f.dueOn}到期（${f.owner.name}）`,
              `Patrol follow-up “${what}” due on ${f.dueOn} (${f.owner.name})`,
            ),
        subject: { recordType: 'patrol_follow_up', recordId: f.id, label: what },
      }
    })
  },
}
