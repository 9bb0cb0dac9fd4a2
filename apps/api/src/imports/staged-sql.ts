import type { TAuditAction } from '@cr/shared/audit/audit-event'
import type { TWriteStageContext } from './ledger-type.ts'

/**
 * Set-based bookkeeping for a type's writer: the audit rows and the job's `import_record` rows
 * of a whole batch in one statement each, as data-modifying CTEs over what an INSERT or UPDATE
 * returned. `source` names a CTE (or table) with `id`, `committee_id` and the JSON columns used.
 */

type TAuditOf = {
  action: TAuditAction
  entityType: string
  /** SQL expressions over `source`'s columns, or NULL. */
  before?: string
  after?: string
}

/** Appends one audit row per row of `source`; `$1…$5` are `auditParams(ctx)`. */
export const auditFrom = (source: string, { action, entityType, before, after }: TAuditOf) =>
  `INSERT INTO audit_event (id, occurred_at, actor_type, actor_id, actor_name, action, entity_type,
     entity_id, committee_id, before, after, reason, request_id, client_ip)
   SELECT uuid_v7(), now(), $1, $2, $3, '${action}', '${entityType}', ${source}.id::text,
     ${source}.committee_id, ${before ?? 'NULL'}, ${after ?? 'NULL'}, $4, $5, $6
   FROM ${source}`

/** Values of `auditFrom`'s parameters, in order; a statement's own parameters follow from $7. */
export const auditParams = (ctx: Pick<TWriteStageContext, 'actor' | 'jobId' | 'meta'>) => [
  ctx.actor.type,
  ctx.actor.id,
  ctx.actor.name,
  `导入任务 ${ctx.jobId}`,
  ctx.meta.requestId,
  ctx.meta.clientIp,
]

/** One `import_record` row per row of `source`, for undo; `$7` is the job id. */
export const recordFrom = (
  source: string,
  entityType: string,
  action: 'create' | 'update',
  before = 'NULL',
  versionAfter = '1',
) =>
  `INSERT INTO import_record (job_id, entity_type, entity_id, action, before, version_after)
   SELECT $7::uuid, '${entityType}', ${source}.id, '${action}', ${before}, ${versionAfter}
   FROM ${source}`
