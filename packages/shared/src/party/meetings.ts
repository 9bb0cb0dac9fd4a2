import { daysBetween, lastDayOfMonth, monthRange, monthOf } from './calendar.ts'
import { type TMeetingType, meetingTypes } from './party-codes.ts'
import { type TPeriod, periodOf } from './period.ts'

/**
 * 三会一课 compliance, DOMAIN.md §1 "三会一课 and organisational life": 党员大会 quarterly,
 * 支委会 monthly, 党小组会 monthly, 主题党日 monthly, 组织生活会 at least once a year (held in
 * Q4). 党课: the sources disagree on its frequency [U for 支部工作条例（试行）2018]; we require
 * it quarterly, the most common reading — change `meetingFrequencies` if the 党工委 rules say
 * otherwise. Systems "warn when a quota is unmet"; this computes what they warn about.
 *
 * Each required meeting is a slot: a month, a quarter or the year. A slot is met by at least
 * one meeting of the type dated inside it (several in one month do not make up for another).
 * In a quarter, the yearly 组织生活会 is due only in Q4, where its slot is the whole year.
 */

export type TMeetingFrequency = 'monthly' | 'quarterly' | 'yearly'

export const meetingFrequencies: Record<TMeetingType, TMeetingFrequency> = {
  member_meeting: 'quarterly',
  committee_meeting: 'monthly',
  group_meeting: 'monthly',
  party_lecture: 'quarterly',
  themed_day: 'monthly',
  life_meeting: 'yearly',
}

export const defaultRiskDays = 7

/**
 * The meeting types required of an organisation. 党小组会 is the meeting of a 党小组: a branch
 * divides into groups only when it has many members (中国共产党支部工作条例（试行） 第八条), so a
 * branch without any is not held to it. Other levels are judged on every type.
 */
export const requiredMeetingTypes = (organization: {
  level: string
  /** The organisation's 党小组 (children of level `group`). */
  groups: number
}): readonly TMeetingType[] =>
  organization.level === 'branch' && organization.groups === 0
    ? meetingTypes.filter((type) => type !== 'group_meeting')
    : meetingTypes

/**
 * - `met`: held at least once in the slot;
 * - `missed`: the slot is over and nothing was held;
 * - `at_risk`: the slot is running, nothing held yet, and fewer than `riskDays` days are left
 *   after today;
 * - `open`: running, with more time left; `not_started`: starts after today.
 */
export type TSlotStatus = 'met' | 'missed' | 'at_risk' | 'open' | 'not_started'

export type TMeetingSlot = {
  label: string
  from: string
  to: string
  held: number
  status: TSlotStatus
}

export type TMeetingCompliance = {
  type: TMeetingType
  frequency: TMeetingFrequency
  /** Meetings required in the period (the number of slots). */
  required: number
  /** Meetings of this type held in its slots. */
  held: number
  /** Every slot met. */
  compliant: boolean
  /** Some running slot is at risk. */
  atRisk: boolean
  /** Labels of the slots missed. */
  missed: string[]
  slots: TMeetingSlot[]
}

export type THeldMeeting = { type: TMeetingType; date: string }

const slotsOf = (frequency: TMeetingFrequency, period: TPeriod) => {
  const months = monthRange(monthOf(period.from), monthOf(period.to))
  switch (frequency) {
    case 'monthly':
      return months.map((m) => ({ label: m, from: `${m}-01`, to: lastDayOfMonth(m) }))
    case 'quarterly':
      return months
        .filter((_, i) => i % 3 === 0)
        .map((m) => periodOf(`${m}-01`, 'quarter'))
        .map((q) => ({ label: q.label, from: q.from, to: q.to }))
    case 'yearly': {
      if (period.kind === 'quarter' && period.quarter !== 4) return []
      const year = periodOf(period.from, 'year')
      return [{ label: year.label, from: year.from, to: year.to }]
    }
  }
}

/**
 * Compliance per meeting type in `period`, for the types required of the organisation
 * (`requiredMeetingTypes`; every type when not given). `on` is today for the running period;
 * without it the period is judged as finished (every empty slot is missed).
 */
export const meetingCompliance = (input: {
  meetings: readonly THeldMeeting[]
  period: TPeriod
  on?: string
  riskDays?: number
  types?: readonly TMeetingType[]
}): TMeetingCompliance[] => {
  const { meetings, period, riskDays = defaultRiskDays, types = meetingTypes } = input
  return meetingTypes
    .filter((type) => types.includes(type))
    .map((type) => {
      const frequency = meetingFrequencies[type]
      const dates = meetings.filter((m) => m.type === type).map((m) => m.date)
      const slots = slotsOf(frequency, period).map((slot): TMeetingSlot => {
        const held = dates.filter((d) => d >= slot.from && d <= slot.to).length
        const on = input.on
        const status: TSlotStatus =
          held > 0
            ? 'met'
            : on === undefined || slot.to < on
              ? 'missed'
              : slot.from > on
                ? 'not_started'
                : daysBetween(on, slot.to) < riskDays
                  ? 'at_risk'
                  : 'open'
        return { ...slot, held, status }
      })
      return {
        type,
        frequency,
        required: slots.length,
        held: slots.reduce((t, s) => t + s.held, 0),
        compliant: slots.every((s) => s.status === 'met'),
        atRisk: slots.some((s) => s.status === 'at_risk'),
        missed: slots.filter((s) => s.status === 'missed').map((s) => s.label),
        slots,
      }
    })
}
