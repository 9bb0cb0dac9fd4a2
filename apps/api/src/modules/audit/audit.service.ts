import type { TTransaction } from '../../lib/db-types.ts'
import type { ZAuditEventListQuery } from '@cr/shared/audit/audit-event'
import {
  accountActions,
  accountEntityTypes,
  changeActions,
  importEntityTypes,
  type TAuditCategory,
} from '@cr/shared/audit/audit-labels'
import type { z } from 'zod'
import { committeeScope, type TActor } from '../../lib/actor.ts'
import { keysetArgs, parseSort, toPage } from '../../lib/keyset.ts'
import { allPages } from '../../exports/all-pages.ts'
import { toAuditEventDto } from './audit-event-dto.ts'

type TQuery = z.output<typeof ZAuditEventListQuery>

/** A calendar day in China Standard Time starts at 16:00 UTC the day before. */
const cstDayStart = (date: string, plusDays = 0) => {
  const d = new Date(`${date}T00:00:00+08:00`)
  d.setUTCDate(d.getUTCDate() + plusDays)
  return d
}

const shown = { notIn: ['reveal', 'export'] }
const account = [
  { action: { in: [...accountActions] } },
  { entityType: { in: [...accountEntityTypes] } },
]

/**
 * The rows of a category, as `auditCategoryOf` (packages/shared) decides it: reveals and exports
 * first, then sign-ins and accounts, then the import machinery's records, the rest are changes.
 */
const categoryWhere: Record<TAuditCategory, object> = {
  reveal: { action: 'reveal' },
  export: { action: 'export' },
  account: { action: shown, OR: account },
  import: {
    action: { notIn: ['reveal', 'export', ...accountActions] },
    entityType: { notIn: [...accountEntityTypes] },
    OR: [{ action: 'import' }, { entityType: { in: [...importEntityTypes] } }],
  },
  change: {
    action: { in: [...changeActions] },
    entityType: { notIn: [...accountEntityTypes, ...importEntityTypes] },
  },
}

/** The list's conditions: the actor's committees and every filter, in an `AND` list. */
export const auditEventsWhere = (actor: TActor, query: Omit<TQuery, 'limit' | 'cursor'>) => ({
  AND: [
    committeeScope(actor),
    query.category ? categoryWhere[query.category] : {},
    {
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
    },
  ],
})

/**
 * Counting is cheap up to this many rows; past it the total is left out (the log of a busy
 * office runs to millions, and an import writes a row per record).
 */
export const auditCountLimit = 10_000

export const listAuditEvents = async (
  db: TTransaction,
  actor: TActor,
  query: TQuery,
  { count = true } = {},
) => {
  const sort = parseSort(query.sort)
  const where = auditEventsWhere(actor, query)
  const { after, orderBy } = keysetArgs(sort, query.cursor)
  const [rows, counted] = await Promise.all([
    db.auditEvent.findMany({
      where: after ? { AND: [where, after] } : where,
      orderBy,
      take: query.limit + 1,
    }),
    // The first page only: later pages keep the count the first one showed.
    query.cursor || !count ? null : db.auditEvent.count({ where, take: auditCountLimit + 1 }),
  ])
  const page = toPage(rows, query.limit, sort, toAuditEventDto)
  return counted !== null && counted <= auditCountLimit ? { ...page, total: counted } : page
}

/** Every row of the filtered log, newest first, page by page, with its committee's name. */
export async function* auditExportRows(
  db: TTransaction,
  actor: TActor,
  filters: Omit<TQuery, 'limit' | 'cursor'>,
) {
  const committees = await db.committee.findMany({ select: { id: true, name: true } })
  const names = new Map(committees.map((c) => [c.id, c.name]))
  for await (const event of allPages((cursor) =>
    listAuditEvents(db, actor, { ...filters, limit: 500, cursor }, { count: false }),
  ))
    yield {
      ...event,
      committeeName: event.committeeId ? (names.get(event.committeeId) ?? null) : null,
    }
}
