import { z } from 'zod'
import { messageFor } from '../common/issue.ts'
import { ZNumberedListQuery, pageOf } from '../common/pagination.ts'
import { ZDate, ZDateInput, ZId, ZRecordMeta, ZRef, optionalText } from '../common/record.ts'
import { ZMeetingType } from './party-codes.ts'
import { ZPeriod } from './period.ts'

/** 三会一课 and other organisational life: when, who came, who did not and why, the minutes. */
export const ZPartyMeeting = ZRecordMeta.extend({
  organization: ZRef,
  type: ZMeetingType,
  heldOn: ZDate,
  title: z.string(),
  minutes: z.string().nullable(),
  attendance: z.array(
    z.object({
      member: ZRef,
      present: z.boolean(),
      absenceReason: z.string().nullable(),
    }),
  ),
}).meta({ id: 'PartyMeeting' })
export type TPartyMeeting = z.infer<typeof ZPartyMeeting>

export const ZPartyMeetingCreate = z
  .object({
    organizationId: ZId,
    type: ZMeetingType,
    heldOn: ZDateInput,
    title: z.string().trim().min(1).max(100),
    minutes: optionalText(20_000),
    /** Taken from the branch roster; everyone on it is listed, present or not. */
    attendance: z
      .array(
        z.object({
          memberId: ZId,
          present: z.boolean(),
          absenceReason: optionalText(100),
        }),
      )
      .max(500)
      .default([])
      .superRefine((attendance, ctx) => {
        // One line per member: the roll is taken once.
        const seen = new Set<string>()
        attendance.forEach(({ memberId }, i) => {
          if (seen.has(memberId))
            ctx.addIssue({
              code: 'custom',
              path: [i, 'memberId'],
              message: messageFor('party_attendee_repeated'),
              params: { code: 'party_attendee_repeated' },
            })
          seen.add(memberId)
        })
      }),
  })
  .meta({ id: 'PartyMeetingCreate' })

export const ZPartyMeetingListQuery = ZNumberedListQuery.extend({
  organizationId: ZId.optional(),
  type: ZMeetingType.optional(),
  from: ZDateInput.optional(),
  to: ZDateInput.optional(),
})
export const ZPartyMeetingPage = pageOf(ZPartyMeeting).meta({ id: 'PartyMeetingPage' })

export const ZComplianceQuery = z.object({ organizationId: ZId, period: ZPeriod })

const ZSlotStatus = z.enum(['met', 'missed', 'at_risk', 'open', 'not_started'])
export const ZMeetingCompliance = z
  .object({
    organization: ZRef,
    period: z.string(),
    types: z.array(
      z.object({
        type: ZMeetingType,
        frequency: z.enum(['monthly', 'quarterly', 'yearly']),
        required: z.number().int(),
        held: z.number().int(),
        compliant: z.boolean(),
        atRisk: z.boolean(),
        missed: z.array(z.string()),
        slots: z.array(
          z.object({
            label: z.string(),
            from: ZDate,
            to: ZDate,
            held: z.number().int(),
            status: ZSlotStatus,
          }),
        ),
      }),
    ),
  })
  .meta({ id: 'PartyMeetingCompliance' })
