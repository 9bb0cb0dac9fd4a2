import { z } from 'zod'
import { ZAuditEventListQuery, type TAuditEventListQuery } from '@cr/shared/audit/audit-event'

const { category, action, entityType, entityId, actorId, committeeId, from, to } =
  ZAuditEventListQuery.shape
export const auditPageSize = 50

/** The audit page's URL search: the shared list query's filters, bad values dropped. */
export const ZAuditSearch = z.object({
  category: category.catch(undefined),
  action: action.catch(undefined),
  entityType: entityType.catch(undefined),
  entityId: entityId.catch(undefined),
  actorId: actorId.catch(undefined),
  committeeId: committeeId.catch(undefined),
  from: from.catch(undefined),
  to: to.catch(undefined),
})
export type TAuditSearch = z.infer<typeof ZAuditSearch>

export const isAuditSearchFiltered = (s: TAuditSearch): boolean =>
  Object.values(s).some((v) => v !== undefined)

export const toAuditListQuery = (search: TAuditSearch, cursor?: string) =>
  ({ ...search, limit: auditPageSize, cursor }) satisfies TAuditEventListQuery
