import { z } from 'zod'
import { fromDbDate, toDbDate } from '../../lib/dates.ts'
import type { TTransaction } from '../../lib/db-types.ts'
import { newId } from '../../lib/ids.ts'
import type { TWriteContext } from '../../lib/write.ts'

/** Every step of a member's life cycle, as its history lists it. */
export type TMemberEventType =
  | 'joined'
  | 'confirmed'
  | 'probation_extended'
  | 'transferred_out'
  | 'transferred_in'
  | 'transfer_receipt'
  | 'left'
  | 'deceased'
  | 'expelled'
  | 'evaluated'
  | 'flowed_out'
  | 'flowed_back'
  | 'dues_paid'

export const recordMemberEvent = (
  ctx: TWriteContext,
  memberId: string,
  type: TMemberEventType,
  occurredOn: string,
  details?: Record<string, unknown>,
) =>
  ctx.tx.partyMemberEvent.create({
    data: {
      id: newId(),
      memberId,
      type,
      occurredOn: toDbDate(occurredOn),
      details: (details ?? undefined) as never,
      actorName: ctx.actor.name,
    },
  })

export const memberHistory = async (db: TTransaction, memberId: string) => {
  const rows = await db.partyMemberEvent.findMany({
    where: { memberId },
    orderBy: [{ occurredOn: 'asc' }, { recordedAt: 'asc' }],
  })
  return {
    items: rows.map((row) => ({
      id: row.id,
      type: row.type,
      occurredOn: fromDbDate(row.occurredOn),
      details: z
        .record(z.string(), z.unknown())
        .nullable()
        .parse(row.details ?? null),
      actorName: row.actorName,
      recordedAt: row.recordedAt.toISOString(),
    })),
  }
}
