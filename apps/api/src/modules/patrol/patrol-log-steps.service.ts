import type {
  ZPatrolCheckpointVisitCreate,
  ZPatrolIncidentInput,
  ZPatrolLogEnd,
  ZPatrolQuestioningInput,
} from '@cr/shared/patrol/patrol-log'
import type { z } from 'zod'
import { auditedStep } from '../../lib/audited-step.ts'
import { fromDbDate } from '../../lib/dates.ts'
import { fieldError } from '../../lib/errors.ts'
import { newId } from '../../lib/ids.ts'
import type { TWriteContext } from '../../lib/write.ts'
import {
  checkIncident,
  checkQuestioning,
  writeIncident,
  writeQuestioning,
} from './patrol-log-writer.ts'
import { bumpVersion, endedError, logRecord, touchLog } from './patrol-logs.service.ts'

/**
 * The phone's steps on a log under way. They add to the log rather than change what is there,
 * so they need no If-Match: the phone's offline queue sends them in order, each with its own
 * Idempotency-Key, and a version it cannot know would only make a queued scan fail. Each bumps
 * the log's version (an office edit in between then gets 412) and answers the whole log.
 * Scans and findings are taken after the end too (a queue emptying late); ending twice is 409.
 */

const frameOf = (row: Awaited<ReturnType<typeof touchLog>>) => ({
  id: row.id,
  committeeId: row.committeeId,
  teamId: row.teamId,
  date: fromDbDate(row.date),
})

/**
 * A checkpoint scanned: the checkpoint must be on the log's route (a field error otherwise). A
 * repeated scan is kept — the score reports it as repeated, the rules forbid multi-scans.
 */
export const addVisit = (
  ctx: TWriteContext,
  id: string,
  input: z.output<typeof ZPatrolCheckpointVisitCreate>,
) =>
  auditedStep(ctx, logRecord(ctx, id), async () => {
    const log = await touchLog(ctx, id)
    const onRoute = log.routeId
      ? await ctx.tx.patrolCheckpoint.count({
          where: { id: input.checkpointId, routeId: log.routeId },
        })
      : 0
    if (!onRoute) throw fieldError('checkpointId', 'patrol_checkpoint_not_on_route')
    const visitId = newId()
    await ctx.tx.patrolCheckpointVisit.create({
      data: {
        id: visitId,
        logId: id,
        checkpointId: input.checkpointId,
        scannedAt: new Date(input.scannedAt),
        lat: input.position?.lat ?? null,
        lng: input.position?.lng ?? null,
        accuracy: input.position?.accuracy ?? null,
      },
    })
    await bumpVersion(ctx, id)
    return { step: 'visit', visitId }
  })

const nextPosition = async (ctx: TWriteContext, kind: 'incident' | 'questioning', logId: string) =>
  kind === 'incident'
    ? ctx.tx.patrolIncident.count({ where: { logId } })
    : ctx.tx.patrolQuestioning.count({ where: { logId } })

export const addIncident = (
  ctx: TWriteContext,
  id: string,
  input: z.output<typeof ZPatrolIncidentInput>,
) =>
  auditedStep(ctx, logRecord(ctx, id), async () => {
    const log = await touchLog(ctx, id)
    await checkIncident(ctx, log.committeeId, input, '')
    await writeIncident(ctx, frameOf(log), input, await nextPosition(ctx, 'incident', id))
    await bumpVersion(ctx, id)
    return { step: 'incident' }
  })

export const addQuestioning = (
  ctx: TWriteContext,
  id: string,
  input: z.output<typeof ZPatrolQuestioningInput>,
) =>
  auditedStep(ctx, logRecord(ctx, id), async () => {
    const log = await touchLog(ctx, id)
    await checkQuestioning(ctx, log.committeeId, input, '')
    await writeQuestioning(ctx, frameOf(log), input, await nextPosition(ctx, 'questioning', id))
    await bumpVersion(ctx, id)
    return { step: 'questioning' }
  })

/** 结束巡逻: the end and the handover note (交接班记录). A log ends once (409 after). */
export const endLog = (ctx: TWriteContext, id: string, input: z.output<typeof ZPatrolLogEnd>) =>
  auditedStep(ctx, logRecord(ctx, id), async () => {
    const log = await touchLog(ctx, id)
    if (log.end !== null) throw endedError()
    await ctx.tx.patrolLog.update({
      where: { id },
      data: {
        end: input.end,
        ...(input.handoverNote === null ? {} : { handoverNote: input.handoverNote }),
        version: { increment: 1 },
      },
    })
    return { step: 'end' }
  })
