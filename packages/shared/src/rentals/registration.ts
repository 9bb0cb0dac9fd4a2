import { daysBetween } from '../party/calendar.ts'
import { addWorkingDays, holidayScheduleKnown } from './working-days.ts'

/**
 * 暂住登记 is declared within 3 working days of moving in (the lessor or employer brings the
 * tenant; local rules, e.g. 山东省流动人口服务管理办法, ../shared/DOMAIN.md §3).
 */
export const registrationWorkingDays = 3

/**
 * The last day to declare a move-in: the 3rd working day after it. `provisional` when a year it
 * runs through has no holiday schedule in the package yet (weekends only were counted).
 */
export const registrationDeadline = (movedInOn: string) => {
  const deadline = addWorkingDays(movedInOn, registrationWorkingDays)
  return {
    deadline,
    provisional: !holidayScheduleKnown(movedInOn) || !holidayScheduleKnown(deadline),
  }
}

export const registrationTimelinessValues = ['on_time', 'late', 'due', 'overdue'] as const
export type TRegistrationTimeliness = (typeof registrationTimelinessValues)[number]

/**
 * Where a registration stands against its deadline. Declared: `on_time` (on or before the
 * deadline) or `late` — a late declaration is recorded and shown as late, never refused.
 * Not declared yet: `due` until the deadline, `overdue` after it. `daysLate` counts calendar
 * days past the deadline (0 when not late).
 */
export const registrationTimeliness = (
  movedInOn: string,
  declaredOn: string | null,
  today: string,
): { state: TRegistrationTimeliness; deadline: string; provisional: boolean; daysLate: number } => {
  const { deadline, provisional } = registrationDeadline(movedInOn)
  const on = declaredOn ?? today
  const daysLate = Math.max(0, daysBetween(deadline, on))
  const state = declaredOn ? (daysLate > 0 ? 'late' : 'on_time') : daysLate > 0 ? 'overdue' : 'due'
  return { state, deadline, provisional, daysLate }
}
