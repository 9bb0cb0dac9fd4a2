import type { TWriteContext } from './write.ts'

/** The record a step changes: what the audit calls it, how to read it (its DTO), its committee. */
export type TStepRecord<T> = {
  entityType: string
  id: string
  read: () => Promise<T>
  committeeId: (record: T) => string | null
}

/**
 * A named step on one record (a household's 迁入, a member's 转正, a building's 楼长), audited
 * as before → after in the step's transaction: the record is read (404 outside the actor's
 * scope), the change runs with it — and may refuse on what it holds — the record is read again,
 * and one `update` audit row keeps both. What the change returns (the step's name, the letter it
 * issued) is noted on the row's `after`; the step answers with the record as it now is. A
 * step taken for a stated reason (a correction) keeps it in the row's `reason`.
 */
export const auditedStep = async <T extends object>(
  ctx: TWriteContext,
  record: TStepRecord<T>,
  change: (before: T) => Promise<Record<string, unknown> | void>,
  reason?: string,
): Promise<T> => {
  const before = await record.read()
  const note = await change(before)
  const after = await record.read()
  await ctx.audit({
    action: 'update',
    entityType: record.entityType,
    entityId: record.id,
    committeeId: record.committeeId(before),
    before,
    after: note ? { ...after, ...note } : after,
    ...(reason ? { reason } : {}),
  })
  return after
}
