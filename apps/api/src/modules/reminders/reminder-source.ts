import type { TPermission } from '@cr/shared/auth/roles'
import type { TLanguage } from '@cr/shared/common/error-messages'
import type { TReminder } from '@cr/shared/reminders/reminder'
import type { TFigureModule } from '@cr/shared/statistics/statistics'
import type { TActor } from '../../lib/actor.ts'
import type { TTransaction } from '../../lib/db-types.ts'

/**
 * The seam through which a record module adds its reminders to the reminders centre (提醒中心):
 * a `TReminderSource` in the module's own `<module>.reminders.ts`, listed once in
 * `apps/api/src/reminder-sources.ts` — as its figures are (`modules/statistics/figure-source.ts`).
 *
 * A source turns the module's own reminder rules (the ones its pages already show) into
 * reminders on `today`, in the actor's data scope for that module; it never restates a rule.
 * The centre adds the office's state (seen, snoozed) by key, filters, sorts and pages.
 */
export type TReminderScope = {
  db: TTransaction
  actor: TActor
  /** The business day (`app.today()`, the injected clock). */
  today: string
  language: TLanguage
}

/** A reminder as a source makes it: the office's state is the centre's to add. */
export type TSourceReminder = Omit<
  TReminder,
  'module' | 'state' | 'snoozedUntil' | 'reason' | 'handledBy'
>

export type TReminderSource = {
  module: TFigureModule
  /** The module's read permission: without it the module's reminders are left out. */
  permission: TPermission
  reminders: (scope: TReminderScope) => Promise<TSourceReminder[]>
}

/** A title in the language asked for. */
export const say = (language: TLanguage, zh: string, en: string) => (language === 'zh' ? zh : en)
