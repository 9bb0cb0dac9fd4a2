import { partyReminderSource } from './modules/party-members/party.reminders.ts'
import { patrolReminderSource } from './modules/patrol/patrol.reminders.ts'
import type { TReminderSource } from './modules/reminders/reminder-source.ts'
import { rentalsReminderSource } from './modules/rentals/rentals.reminders.ts'
import { subsidiesReminderSource } from './modules/subsidies/subsidies.reminders.ts'

/**
 * The modules' reminders (`modules/reminders/reminder-source.ts`), in the report's order. A record
 * module keeps its source in `modules/<module>/<module>.reminders.ts` and adds one line here, as
 * it adds its figures to `figure-sources.ts`.
 */
export const reminderSources: readonly TReminderSource[] = [
  partyReminderSource,
  rentalsReminderSource,
  subsidiesReminderSource,
  patrolReminderSource,
]
