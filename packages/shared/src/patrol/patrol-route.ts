import { z } from 'zod'
import { issue } from '../common/issue.ts'
import { ZNumberedListQuery, pageOf, sortParam } from '../common/pagination.ts'
import { ZId, ZRecordMeta, ZRef, optionalText, updateOf } from '../common/record.ts'

/**
 * 巡逻路线: an ordered list of checkpoints (巡逻点), each a building of the places tree or a
 * described point (治安岗亭), with the minutes expected from the previous point and the
 * deviation allowed. Each checkpoint carries a random QR token printed on its code.
 */

/** The QR payload printed on a checkpoint: `cr-patrol:v1:<checkpointId>:<token>`. */
export const patrolQrPrefix = 'cr-patrol:v1:'
export const patrolQrPayload = (checkpointId: string, token: string) =>
  `${patrolQrPrefix}${checkpointId}:${token}`
/** The checkpoint id and token of a scanned payload, or null for anything else. */
export const parsePatrolQr = (payload: string) => {
  const match = /^cr-patrol:v1:([0-9a-f-]{36}):([A-Za-z0-9_-]{16,64})$/.exec(payload.trim())
  return match ? { checkpointId: match[1]!, token: match[2]! } : null
}

export const ZPatrolCheckpoint = z
  .object({
    id: ZId,
    position: z.number().int().describe('1 for the first point, in walking order'),
    name: z.string(),
    building: ZRef.nullable().describe('The building, when the point is one (named by address)'),
    place: z.string().nullable().describe('A described point (治安岗亭), when not a building'),
    expectedMinutes: z.number().int().describe('Minutes expected from the previous point'),
    deviationMinutes: z.number().int().describe('Minutes early or late still on time'),
  })
  .meta({ id: 'PatrolCheckpoint' })
export type TPatrolCheckpoint = z.infer<typeof ZPatrolCheckpoint>

export const ZPatrolRoute = ZRecordMeta.extend({
  committee: ZRef,
  name: z.string(),
  notes: z.string().nullable(),
  checkpoints: z.array(ZPatrolCheckpoint),
  totalMinutes: z.number().int().describe('Sum of the expected minutes'),
}).meta({ id: 'PatrolRoute' })
export type TPatrolRoute = z.infer<typeof ZPatrolRoute>

export const ZPatrolCheckpointInput = z
  .object({
    id: ZId.optional().describe(
      'An existing checkpoint kept (with its QR token); absent: a new one',
    ),
    name: z.string().trim().min(1).max(50),
    buildingId: ZId.nullish().transform((v) => v ?? null),
    place: optionalText(100),
    expectedMinutes: z.number().int().min(0).max(600).default(0),
    deviationMinutes: z.number().int().min(0).max(120).default(5),
  })
  .refine((v) => !(v.buildingId && v.place), {
    ...issue('patrol_checkpoint_place_conflict'),
    path: ['place'],
  })
  .meta({ id: 'PatrolCheckpointWrite' })

const routeFields = {
  name: z.string().trim().min(1).max(50),
  notes: optionalText(1000),
  checkpoints: z
    .array(ZPatrolCheckpointInput)
    .max(100)
    .default([])
    .describe('In walking order; on a change the whole list is replaced'),
}

export const ZPatrolRouteCreate = z
  .object({ committeeId: ZId, ...routeFields })
  .meta({ id: 'PatrolRouteCreate' })
export const ZPatrolRouteUpdate = updateOf(z.object(routeFields)).meta({
  id: 'PatrolRouteUpdate',
})

export const ZPatrolCheckpointParams = z.object({ id: ZId, checkpointId: ZId })

export const ZPatrolRouteListQuery = ZNumberedListQuery.extend({
  committeeId: ZId.optional(),
  q: z.string().trim().max(50).optional(),
  sort: sortParam(['name', 'createdAt'] as const, 'name'),
})
export const ZPatrolRoutePage = pageOf(ZPatrolRoute).meta({ id: 'PatrolRoutePage' })

/** The QR sheet: one card per checkpoint, its payload to render as a QR code. */
export const ZPatrolQrSheet = z
  .object({
    route: ZRef,
    committee: ZRef,
    cards: z.array(
      z.object({
        checkpointId: ZId,
        position: z.number().int(),
        name: z.string(),
        place: z.string().nullable().describe('The building’s address or the described point'),
        payload: z.string().describe('cr-patrol:v1:<checkpointId>:<token>'),
      }),
    ),
  })
  .meta({ id: 'PatrolQrSheet' })
export type TPatrolQrSheet = z.infer<typeof ZPatrolQrSheet>
