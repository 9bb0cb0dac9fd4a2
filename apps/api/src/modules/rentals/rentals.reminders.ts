import { addDays } from '@cr/shared/party/calendar'
import type { TReminderKind, TReminderSeverity } from '@cr/shared/reminders/reminder'
import type { TRentalReminders } from '@cr/shared/rentals/rental-reminders'
import { say, type TReminderSource, type TSourceReminder } from '../reminders/reminder-source.ts'
import { rentalReminders } from './rental-reminders.ts'

/** Enough for an office's whole list of each kind (the home page shows the first 50). */
const take = 1000

type TItem = TRentalReminders['contractsEnding']['items'][number]

/**
 * The rentals' reminders (`rental-reminders.ts`, the 出租房屋提醒 page) in the centre, in the
 * caller's committees. A reminder about a contract, an inspection or a person pending opens the
 * rented dwelling's page, where those are kept; a temporary resident opens their own.
 */
export const rentalsReminderSource: TReminderSource = {
  module: 'rentals',
  permission: 'registry:read',
  reminders: async ({ db, actor, today, language }) => {
    const found = await rentalReminders(db, actor, today, { take })
    const soon = addDays(today, 7)
    const of = (
      kind: TReminderKind,
      items: TItem[],
      severity: (item: TItem) => TReminderSeverity,
      title: (item: TItem) => string,
      person = false,
    ) =>
      items.map((item): TSourceReminder => ({
        key: `${kind}:${item.id}:${item.date}`,
        kind,
        severity: severity(item),
        dueOn: item.date,
        committee: item.committee,
        title: title(item),
        subject:
          person || !item.propertyId
            ? {
                recordType: person ? 'temporary_resident' : 'pending_registration',
                recordId: item.id,
                label: item.title,
              }
            : { recordType: 'rental_property', recordId: item.propertyId, label: item.title },
      }))
    return [
      ...of(
        'rentals.contract-ending',
        found.contractsEnding.items,
        (i) => (i.date <= soon ? 'medium' : 'low'),
        (i) =>
          say(
            language,
            `${i.title} 租赁合同（${i.detail}）将于${i.date}到期`,
            `${i.title}: contract ${i.detail} ends on ${i.date}`,
          ),
      ),
      ...of(
        'rentals.contract-expired-occupied',
        found.contractsExpiredOccupied.items,
        () => 'high',
        (i) =>
          say(
            language,
            `${i.title} 租赁合同（${i.detail}）已于${i.date}到期，仍有人居住`,
            `${i.title}: contract ${i.detail} ended on ${i.date}, tenants still living there`,
          ),
      ),
      ...of(
        'rentals.registration-late',
        found.registrationsOverdue.items,
        () => 'high',
        (i) =>
          say(
            language,
            `${i.title} 暂住登记逾期（期限${i.date}）`,
            `${i.title}: registration overdue (deadline ${i.date})`,
          ),
        true,
      ),
      ...of(
        'rentals.endorsement-due',
        found.endorsementsDue.items,
        (i) => (i.date < today ? 'high' : 'medium'),
        (i) =>
          i.date < today
            ? say(
                language,
                `${i.title} 居住证签注已于${i.date}到期`,
                `${i.title}: residence permit endorsement was due on ${i.date}`,
              )
            : say(
                language,
                `${i.title} 居住证签注将于${i.date}到期`,
                `${i.title}: residence permit endorsement due on ${i.date}`,
              ),
        true,
      ),
      ...of(
        'rentals.rectification-overdue',
        found.rectificationsOverdue.items,
        () => 'high',
        (i) =>
          say(
            language,
            `${i.title} 整改逾期（期限${i.date}）`,
            `${i.title}: rectification overdue (due ${i.date})`,
          ),
      ),
      ...of(
        'rentals.pending',
        found.pendingRegistrations.items,
        () => 'medium',
        (i) =>
          say(
            language,
            `${i.title}（${i.detail}）${i.date}报告入住，尚未登记`,
            `${i.title} (${i.detail}): reported on ${i.date}, not registered`,
          ),
      ),
    ]
  },
}
