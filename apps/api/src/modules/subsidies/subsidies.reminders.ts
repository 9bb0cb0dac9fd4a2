import { addDays } from '@cr/shared/party/calendar'
import { say, type TReminderSource } from '../reminders/reminder-source.ts'
import { reviewDatesSelect, reviewDueOn, reviewedCasesWhere } from './subsidy-cases.service.ts'

/** How far ahead a review shows: a month, time to arrange the home visit. */
const reviewWindowDays = 30

/**
 * 低保复核到期: cases in payment (or suspended) whose next review (`nextReviewDue`, the date the
 * case page and the 复核到期 filter show) falls within 30 days or has passed, in the caller's
 * committees.
 */
export const subsidiesReminderSource: TReminderSource = {
  module: 'subsidies',
  permission: 'subsidy:read',
  reminders: async ({ db, actor, today, language }) => {
    const rows = await db.subsidyCase.findMany({
      where: reviewedCasesWhere(actor),
      select: {
        id: true,
        ...reviewDatesSelect,
        committee: { select: { id: true, name: true } },
        applicant: { select: { name: true } },
      },
    })
    const horizon = addDays(today, reviewWindowDays)
    const soon = addDays(today, 7)
    return rows.flatMap((r) => {
      const dueOn = reviewDueOn(r)
      if (dueOn > horizon) return []
      const name = r.applicant.name
      return [
        {
          key: `subsidies.review-due:${r.id}:${dueOn}`,
          kind: 'subsidies.review-due' as const,
          severity:
            dueOn < today
              ? ('high' as const)
              : dueOn <= soon
                ? ('medium' as const)
                : ('low' as const),
          dueOn,
          committee: r.committee,
          title:
            dueOn < today
              ? say(
                  language,
                  `${name}户 低保复核已于${dueOn}到期`,
                  `${name}: subsistence review was due on ${dueOn}`,
                )
              : say(
                  language,
                  `${name}户 低保复核将于${dueOn}到期`,
                  `${name}: subsistence review due on ${dueOn}`,
                ),
          subject: { recordType: 'subsidy_case' as const, recordId: r.id, label: name },
        },
      ]
    })
  },
}
