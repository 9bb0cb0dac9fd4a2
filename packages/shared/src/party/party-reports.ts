import { z } from 'zod'
import { ZDate, ZId, ZRef } from '../common/record.ts'
import { ZMonth } from './calendar.ts'
import { ZMeetingType, ZMemberStatus } from './party-codes.ts'

const ZLapseLevel = z.enum(['ok', 'warning', 'lapse'])

/** A branch's dues roll for one month (应交 / 实交 / 欠交) and each member's arrears. */
export const ZDuesRollQuery = z.object({ organizationId: ZId, month: ZMonth })
export const ZDuesRollReport = z
  .object({
    organization: ZRef,
    month: ZMonth,
    rows: z.array(
      z.object({
        member: ZRef,
        status: ZMemberStatus,
        standardFen: z.number().int(),
        dueFen: z.number().int().describe('Due for the month'),
        paidFen: z.number().int().describe('Paid for the month'),
        owedFen: z.number().int().describe('Owed in all, from joining to the month'),
        paidThrough: ZMonth.nullable(),
        lapse: ZLapseLevel,
      }),
    ),
    totals: z.object({
      dueFen: z.number().int(),
      paidFen: z.number().int(),
      owedFen: z.number().int(),
    }),
  })
  .meta({ id: 'PartyDuesRoll' })

/** What needs attention today, for the home page (DOMAIN.md §1 reminders). */
export const ZPartyReminders = z
  .object({
    probations: z.array(
      z.object({
        member: ZRef,
        organization: ZRef,
        state: z.enum(['upcoming', 'due', 'overdue']),
        dueOn: ZDate,
        daysUntilDue: z.number().int(),
      }),
    ),
    letters: z.array(
      z.object({
        id: ZId,
        member: ZRef,
        serialNumber: z.string(),
        toOrganization: z.string(),
        validUntil: ZDate,
        status: z.enum(['valid', 'expired']),
      }),
    ),
    arrears: z.array(
      z.object({
        member: ZRef,
        organization: ZRef,
        level: z.enum(['warning', 'lapse']),
        duesMonths: z.number().int(),
        meetingMonths: z.number().int(),
      }),
    ),
    meetings: z.array(
      z.object({
        organization: ZRef,
        type: ZMeetingType,
        slot: z.string(),
        status: z.enum(['at_risk', 'missed']),
      }),
    ),
  })
  .meta({ id: 'PartyReminders' })
