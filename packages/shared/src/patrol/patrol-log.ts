import { z } from 'zod'
import { issue } from '../common/error-messages.ts'
import { ZNumberedListQuery, pageOf, queryBoolean, sortParam } from '../common/pagination.ts'
import {
  ZDate,
  ZDateInput,
  ZId,
  ZRecordMeta,
  ZRef,
  ZTimestamp,
  optionalText,
  updateOf,
} from '../common/record.ts'
import { ZOptionalIdNumber } from '../validators/id-number-field.ts'
import {
  ZCheckpointVisitResult,
  ZFindingHandlingState,
  ZIncidentType,
  ZPatrolOutcome,
  ZPatrolTeamKind,
  ZQuestioningGround,
  ZQuestioningOutcome,
  ZWeather,
} from './patrol-codes.ts'
import { isClock, normalizeTimeText } from './patrol-time.ts'

/**
 * The patrol log (巡逻记录) contract: the API, the office's forms, the phone page and the register
 * importer all take a log through these. A log belongs to its service date; its start and end
 * are clock times on it, an end at or before the start being 次日 (patrol-time.ts), so the night
 * of 1 March 20:00 – 2 March 02:00 is `{ date: '2026-03-01', start: '20:00', end: '02:00' }`.
 */

/** A clock `HH:MM`; full-width digits and `：` as phones and registers type them are read. */
export const ZPatrolClock = z
  .string()
  .trim()
  .max(10)
  .transform((v) => normalizeTimeText(v).replace(/^(\d):/, '0$1:'))
  .refine(isClock, issue('patrol_time_invalid'))
  .describe('HH:MM (China time); an end at or before the start is the next day (次日)')

/** Someone on patrol: a registry resident (巡逻队员, 楼长) or a staff account (社区工作人员). */
export const patrolPersonKinds = ['resident', 'user'] as const
export const ZPatrolPersonInput = z
  .object({ kind: z.enum(patrolPersonKinds), id: ZId })
  .meta({ id: 'PatrolPersonInput' })
export type TPatrolPersonInput = z.output<typeof ZPatrolPersonInput>
/**
 * As answers show them: a name, never an ID number (patrol roles see nothing more). The answer
 * schemas' ids are not `X` beside an input `XInput` (PatrolPersonInput, PatrolIncidentInput,
 * PatrolQuestioningInput): the OpenAPI document names an input `<id>Input`, and they would collide.
 */
export const ZPatrolPerson = z
  .object({ kind: z.enum(patrolPersonKinds), id: ZId, name: z.string() })
  .meta({ id: 'PatrolPersonRef' })

const samePerson = (a: TPatrolPersonInput, b: TPatrolPersonInput) =>
  a.kind === b.kind && a.id === b.id

const photoIds = z
  .array(ZId)
  .max(9, issue('patrol_photos_too_many'))
  .default([])
  .describe('Uploaded photos, by upload id')

const nullableId = ZId.nullish().transform((v) => v ?? null)

/** 发现情况: an incident of a type from the dictionary, with text, photos and its handling. */
export const ZPatrolIncidentInput = z
  .object({
    type: ZIncidentType,
    text: z.string().trim().min(1).max(1000),
    placeId: nullableId.describe('Where: a building or place of the places tree'),
    photoIds,
    handling: ZFindingHandlingState.default('handled_on_site'),
    handlingText: optionalText(500).describe('处理情况'),
    needsFollowUp: z.boolean().default(false),
    unregisteredTenant: z
      .object({
        propertyId: ZId,
        name: z.string().trim().min(1).max(50),
        description: optionalText(200),
      })
      .nullish()
      .transform((v) => v ?? null)
      .describe(
        'A tenant found living unregistered: the seam for the rental module’s 待登记 (pending registration)',
      ),
  })
  .meta({ id: 'PatrolIncidentInput' })

/**
 * The person questioned: a registry resident when known, or a described person (name if given,
 * what they looked like) with an ID number if they showed one — read and checked as every ID
 * number enters (`ZOptionalIdNumber`), stored encrypted by the API and answered masked.
 */
export const ZQuestionedPersonInput = z
  .object({
    residentId: nullableId,
    name: optionalText(50),
    idNumber: ZOptionalIdNumber.optional().transform((v) => v ?? null),
    description: optionalText(200).describe('体貌特征, clothing, vehicle'),
  })
  .refine((p) => !!p.residentId || !!p.name || !!p.description, {
    ...issue('patrol_questioned_person_required'),
    path: ['name'],
  })
  .meta({ id: 'QuestionedPersonInput' })

/** 盘查: who, on what grounds, the outcome (放行 / 移交派出所) and its handling. */
export const ZPatrolQuestioningInput = z
  .object({
    person: ZQuestionedPersonInput,
    grounds: z
      .array(ZQuestioningGround)
      .min(1, issue('patrol_grounds_required'))
      .refine((g) => new Set(g).size === g.length, issue('patrol_ground_repeated')),
    outcome: ZQuestioningOutcome,
    placeId: nullableId,
    photoIds,
    handlingText: optionalText(500),
    needsFollowUp: z.boolean().default(false),
  })
  .meta({ id: 'PatrolQuestioningInput' })

const logFields = {
  date: ZDateInput.describe('The service date (the night’s first day)'),
  start: ZPatrolClock,
  end: ZPatrolClock.nullish()
    .transform((v) => v ?? null)
    .describe('null while the patrol is under way'),
  teamId: ZId,
  leader: ZPatrolPersonInput.describe('带班人'),
  members: z
    .array(ZPatrolPersonInput)
    .min(1, issue('patrol_members_required'))
    .max(50)
    .describe('The members who actually went, the leader among them'),
  routeId: nullableId,
  planId: nullableId.describe('The plan whose roster entry (plan, date) this patrol fulfils'),
  weather: ZWeather.nullish().transform((v) => v ?? null),
  incidents: z.array(ZPatrolIncidentInput).max(50).default([]),
  questionings: z.array(ZPatrolQuestioningInput).max(50).default([]),
  handoverNote: optionalText(1000).describe('交接班记录'),
}

const membersDistinct = (v: { members?: TPatrolPersonInput[] }) =>
  !v.members || v.members.every((m, i) => v.members!.findIndex((o) => samePerson(o, m)) === i)
const leaderWent = (v: { leader?: TPatrolPersonInput; members?: TPatrolPersonInput[] }) =>
  !v.leader || !v.members || v.members.some((m) => samePerson(m, v.leader!))

export const ZPatrolLogCreate = z
  .object(logFields)
  .refine(membersDistinct, { ...issue('patrol_member_repeated'), path: ['members'] })
  .refine(leaderWent, { ...issue('patrol_leader_not_member'), path: ['leader'] })
  .meta({ id: 'PatrolLogCreate' })
export type TPatrolLogCreate = z.input<typeof ZPatrolLogCreate>

export const ZPatrolLogUpdate = updateOf(z.object(logFields))
  .refine(membersDistinct, { ...issue('patrol_member_repeated'), path: ['members'] })
  .refine(leaderWent, { ...issue('patrol_leader_not_member'), path: ['leader'] })
  .meta({ id: 'PatrolLogUpdate' })

/** Ending a patrol from the phone: the end and the handover note. */
export const ZPatrolLogEnd = z
  .object({ end: ZPatrolClock, handoverNote: optionalText(1000) })
  .meta({ id: 'PatrolLogEnd' })

/** Where the phone was, when it could tell: WGS-84 degrees and the accuracy in metres. */
export const ZPosition = z
  .object({
    lat: z
      .number()
      .min(-90, issue('patrol_position_invalid'))
      .max(90, issue('patrol_position_invalid')),
    lng: z
      .number()
      .min(-180, issue('patrol_position_invalid'))
      .max(180, issue('patrol_position_invalid')),
    accuracy: z.number().nonnegative(issue('patrol_position_invalid')).max(100_000).nullish(),
  })
  .meta({ id: 'PatrolPosition' })

/** A checkpoint scanned (its QR code read by the phone), sent when the phone is online. */
export const ZPatrolCheckpointVisitCreate = z
  .object({
    checkpointId: ZId,
    scannedAt: ZTimestamp.describe('When the phone read the code (not when it was sent)'),
    position: ZPosition.nullish().transform((v) => v ?? null),
  })
  .meta({ id: 'PatrolCheckpointVisitCreate' })

// ---- answers ----

export const ZPatrolIncident = z
  .object({
    id: ZId,
    type: ZIncidentType,
    text: z.string(),
    place: ZRef.nullable(),
    photoIds: z.array(ZId),
    handling: ZFindingHandlingState,
    handlingText: z.string().nullable(),
    needsFollowUp: z.boolean(),
    followUp: ZRef.nullable().describe('The follow-up task, once opened'),
    pendingRegistration: ZRef.nullable().describe('The 待登记 it created'),
  })
  .meta({ id: 'PatrolIncidentRecord' })

export const ZPatrolQuestioning = z
  .object({
    id: ZId,
    person: z.object({
      resident: ZRef.nullable(),
      name: z.string().nullable(),
      idNumberMasked: z.string().nullable().describe('e.g. 370521********1234'),
      description: z.string().nullable(),
    }),
    grounds: z.array(ZQuestioningGround),
    outcome: ZQuestioningOutcome,
    place: ZRef.nullable(),
    photoIds: z.array(ZId),
    handlingText: z.string().nullable(),
    needsFollowUp: z.boolean(),
    followUp: ZRef.nullable(),
  })
  .meta({ id: 'PatrolQuestioningRecord' })

export const ZPatrolCheckpointVisit = z
  .object({
    id: ZId,
    checkpoint: ZRef,
    scannedAt: ZTimestamp,
    position: ZPosition.nullable(),
  })
  .meta({ id: 'PatrolCheckpointVisit' })

/** Plan against actual (patrol-scoring.ts), for a log on a route. */
export const ZPatrolScore = z
  .object({
    outcome: ZPatrolOutcome,
    points: z.array(
      z.object({
        checkpoint: ZRef,
        expectedAt: z.string().nullable().describe('China-local `YYYY-MM-DDTHH:MM`'),
        scannedAt: z.string().nullable().describe('China-local `YYYY-MM-DDTHH:MM:SS`'),
        result: ZCheckpointVisitResult,
        offsetSeconds: z.number().int().nullable(),
      }),
    ),
    planned: z.number().int(),
    visited: z.number().int(),
    onTime: z.number().int(),
    early: z.number().int(),
    late: z.number().int(),
    missed: z.number().int(),
    repeatedScans: z.number().int(),
    unknownScans: z.number().int(),
  })
  .meta({ id: 'PatrolScore' })

export const patrolLogSources = ['phone', 'office', 'register'] as const

export const ZPatrolLog = ZRecordMeta.extend({
  committee: ZRef,
  date: ZDate,
  start: z.string().describe('HH:MM'),
  end: z.string().nullable(),
  endsNextDay: z.boolean(),
  minutes: z.number().int().nullable().describe('From start to end; null while under way'),
  team: ZRef.extend({ kind: ZPatrolTeamKind }),
  leader: ZPatrolPerson,
  members: z.array(ZPatrolPerson),
  route: ZRef.nullable(),
  plan: ZRef.nullable(),
  weather: ZWeather.nullable(),
  incidents: z.array(ZPatrolIncident),
  questionings: z.array(ZPatrolQuestioning),
  handoverNote: z.string().nullable(),
  visits: z.array(ZPatrolCheckpointVisit),
  score: ZPatrolScore.nullable().describe('null for a log without a route'),
  openFollowUps: z.number().int(),
  source: z.enum(patrolLogSources),
  written: z
    .object({
      start: z.string(),
      end: z.string().nullable(),
      members: z.string().nullable(),
      findings: z.string().nullable(),
      handling: z.string().nullable(),
    })
    .nullable()
    .describe('The register’s cells as written, for a log imported from it'),
}).meta({ id: 'PatrolLog' })
export type TPatrolLog = z.infer<typeof ZPatrolLog>

export const ZPatrolLogListQuery = ZNumberedListQuery.extend({
  committeeId: ZId.optional(),
  teamId: ZId.optional(),
  routeId: ZId.optional(),
  memberId: ZId.optional().describe('Logs this resident or staff account went on'),
  from: ZDateInput.optional().describe('Service dates from (included)'),
  to: ZDateInput.optional().describe('Service dates to (included)'),
  incidentType: ZIncidentType.optional(),
  questioned: queryBoolean.optional().describe('With (true) or without (false) a 盘查'),
  followUpOpen: queryBoolean.optional(),
  outcome: ZPatrolOutcome.optional(),
  sort: sortParam(['date', 'createdAt'] as const, '-date'),
}).meta({ id: 'PatrolLogListQuery' })
export const ZPatrolLogPage = pageOf(ZPatrolLog).meta({ id: 'PatrolLogPage' })
