import type { TTransaction } from '../../lib/db-types.ts'
import type { ZAuditEventListQuery } from '@cr/shared/audit/audit-event'
import type { z } from 'zod'
import { committeeScope, type TActor } from '../../lib/actor.ts'
import { keysetArgs, parseSort, toPage } from '../../lib/keyset.ts'
import { toAuditEventDto } from './audit-event-dto.ts'

/** A calendar day in China Standard Time starts at 16:00 UTC the day before. */
const cstDayStart = (date: string, plusDays = 0) => {
  const d = new Date(`${date}T00:00:00+08:00`)
  d.setUTCDate(d.getUTCDate() + plusDays)
  return d
}

export const listAuditEvents = async (
  db: TTransaction,
  actor: TActor,
  query: z.output<typeof ZAuditEventListQuery>,
) => {
  const sort = parseSort(query.sort)
  const filters = {
    ...(query.actorId ? { actorId: query.actorId } : {}),
    ...(query.action ? { action: query.action } : {}),
    ...(query.entityType ? { entityType: query.entityType } : {}),
    ...(query.entityId ? { entityId: query.entityId } : {}),
    ...(query.committeeId ? { committeeId: query.committeeId } : {}),
    ...(query.from || query.to
      ? {
          occurredAt: {
            ...(query.from ? { gte: cstDayStart(query.from) } : {}),
            ...(query.to ? { lt: cstDayStart(query.to, 1) } : {}),
          },
        }
      : {}),
  }
  const where = { AND: [committeeScope(actor), filters] }
  const { after, orderBy } = keysetArgs(sort, query.cursor)
  const rows = await db.auditEvent.findMany({
    where: after ? { AND: [where, after] } : where,
    orderBy,
    take: query.limit + 1,
  })
  return toPage(rows, query.limit, sort, toAuditEventDto)
}
