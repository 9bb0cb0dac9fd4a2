import type { TAuditAction } from '@cr/shared/audit/audit-event'
import type { TStagedProblem, TWriteStageContext } from './ledger-type.ts'

/**
 * Set-based SQL for a type's writer over its staging table `stage`: the table's column
 * definitions, statements with the audit parameters, and the audit rows and the job's
 * `import_record` rows of a whole batch in one statement each, as data-modifying CTEs over what
 * an INSERT or UPDATE returned. `source` names a CTE (or table) with `id`, `committee_id` (or
 * the committee expression given) and the JSON columns used.
 */

/** The SQL types a staged column may have (`*_id` columns are uuid whatever their kind). */
export const sqlType = {
  text: 'text',
  'text[]': 'text[]',
  bytea: 'bytea',
  date: 'date',
  int: 'int',
}
export type TStagedColumn = readonly [name: string, kind: keyof typeof sqlType]

/** `CREATE TEMP TABLE stage` column definitions for staged columns (ids, `*_id`, are uuid). */
export const stageColumnsSql = (columns: readonly TStagedColumn[]) =>
  columns.map(([c, k]) => `${c} ${c.endsWith('_id') ? 'uuid' : sqlType[k]}`).join(',\n  ')

type TAuditOf = {
  action: TAuditAction
  entityType: string
  /** SQL expressions over `source`'s columns, or NULL. */
  before?: string
  after?: string
  /** The audit row's committee: `<source>.committee_id` unless the record has none (NULL). */
  committee?: string
}

/** Appends one audit row per row of `source`; `$1…$6` are `auditParams(ctx)`. */
export const auditFrom = (
  source: string,
  { action, entityType, before, after, committee }: TAuditOf,
) =>
  `INSERT INTO audit_event (id, occurred_at, actor_type, actor_id, actor_name, action, entity_type,
     entity_id, committee_id, before, after, reason, request_id, client_ip)
   SELECT uuid_v7(), now(), $1, $2, $3, '${action}', '${entityType}', ${source}.id::text,
     ${committee ?? `${source}.committee_id`}, ${before ?? 'NULL'}, ${after ?? 'NULL'}, $4, $5, $6
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

type TStageClient = Pick<TWriteStageContext, 'client' | 'actor' | 'jobId' | 'meta'>

/** Runs a statement with `$1…$6` the audit parameters and `$7` the job id; its own follow. */
export const run = (ctx: TStageClient, sql: string, values: unknown[] = []) =>
  ctx.client.query(sql, [...auditParams(ctx), ctx.jobId, ...values])

/** How many rows a statement returned or changed. */
export const count = async (
  ctx: Pick<TWriteStageContext, 'client'>,
  sql: string,
  values: unknown[] = [],
) => (await ctx.client.query(sql, values)).rowCount ?? 0

/** The problems a statement returns (`"rowNumber"`, `field`, `code`). */
export const problemsOf = async (
  ctx: Pick<TWriteStageContext, 'client'>,
  sql: string,
  values: unknown[] = [],
) => (await ctx.client.query<TStagedProblem>(sql, values)).rows
