import { copyRow } from '../../lib/copy-text.ts'
import { AppError } from '../../lib/errors.ts'
import { newId } from '../../lib/ids.ts'
import type { TLedgerWriter, TWriteStageContext } from '../../imports/ledger-type.ts'
import {
  auditFrom,
  count,
  recordFrom,
  run,
  stageColumnsSql,
  type TStagedColumn,
} from '../../imports/staged-sql.ts'
import type { TRegisterRecord } from './patrol-register-import.ts'

/**
 * The register's write side, on the job's own connection (the engine's transaction — the logs
 * service is another module's, so the rows are written here): a patrol log per row, source
 * `register`, with its members (the leader flagged) and its findings as incidents. A row whose
 * team, service date and start a live log already has is that log: left as it is (skipped), so
 * a register imported twice changes nothing. Undo removes the logs (their members and incidents
 * go with them) unless one was changed or got visits, 盘查 or follow-ups since.
 */

const stagedColumns = [
  ['row_number', 'int'],
  ['log_id', 'text'],
  ['committee_id', 'text'],
  ['team_id', 'text'],
  ['route_id', 'text'],
  ['date', 'date'],
  ['start_clock', 'text'],
  ['end_clock', 'text'],
  ['members', 'text'],
  ['incidents', 'text'],
  ['handling', 'text'],
  ['handling_text', 'text'],
  ['written', 'text'],
] as const satisfies readonly TStagedColumn[]
const stagedKinds = stagedColumns.map(([, kind]) => kind)

const stageTableSql = `CREATE TEMP TABLE stage (
  ${stageColumnsSql(stagedColumns)},
  existing boolean NOT NULL DEFAULT false, problem boolean NOT NULL DEFAULT false
) ON COMMIT DROP`

const logSnapshot = (l: string) => `jsonb_build_object('date', ${l}.date, 'start', ${l}.start,
  'end', ${l}."end", 'teamId', ${l}.team_id, 'routeId', ${l}.route_id, 'source', ${l}.source)`

/** The dedupe key: a live log of the team on that service date starting then. */
const check = async (ctx: TWriteStageContext) => {
  await ctx.client.query(`UPDATE stage s SET existing = true FROM patrol_log l
    WHERE l.team_id = s.team_id AND l.date = s.date AND l.start = s.start_clock
      AND l.deleted_at IS NULL`)
  return []
}

const write = async (ctx: TWriteStageContext) => {
  const existing = await count(ctx, `SELECT 1 FROM stage WHERE existing`)
  const created = await run(
    ctx,
    `WITH created AS (
       INSERT INTO patrol_log (id, committee_id, date, start, "end", team_id, route_id, source,
         written, version, created_by_id, created_at, updated_at)
       SELECT log_id, committee_id, date, start_clock, end_clock, team_id, route_id, 'register',
         written::jsonb, 1, $8::uuid, now(), now()
       FROM stage WHERE NOT existing AND NOT problem
       RETURNING *),
     records AS (${recordFrom('created', 'patrol_log', 'create')})
     ${auditFrom('created', { action: 'create', entityType: 'patrol_log', after: logSnapshot('created') })}`,
    [ctx.actor.userId],
  )
  await ctx.client.query(
    `INSERT INTO patrol_log_member (id, log_id, resident_id, user_id, leader, position)
     SELECT uuid_v7(), s.log_id, (m->>'residentId')::uuid, (m->>'userId')::uuid,
       (m->>'leader')::boolean, o::int
     FROM stage s, jsonb_array_elements(s.members::jsonb) WITH ORDINALITY AS e(m, o)
     WHERE NOT s.existing AND NOT s.problem`,
  )
  await ctx.client.query(
    `INSERT INTO patrol_incident (id, log_id, position, type, text, photo_ids, handling,
       handling_text, needs_follow_up)
     SELECT uuid_v7(), s.log_id, o::int, f->>'type', f->>'text', '{}', s.handling,
       s.handling_text, false
     FROM stage s, jsonb_array_elements(s.incidents::jsonb) WITH ORDINALITY AS e(f, o)
     WHERE NOT s.existing AND NOT s.problem`,
  )
  return { created: created.rowCount ?? 0, updated: 0, unchanged: 0, skipped: existing }
}

/** A log the job wrote that moved on since: edited, deleted, or with work recorded on it. */
const changedSinceSql = `
  SELECT 1 FROM import_record i LEFT JOIN patrol_log l ON l.id = i.entity_id
  WHERE i.job_id = $1 AND i.entity_type = 'patrol_log'
    AND (l.id IS NULL OR l.version <> i.version_after OR l.deleted_at IS NOT NULL
      OR EXISTS (SELECT 1 FROM patrol_follow_up f WHERE f.log_id = l.id)
      OR EXISTS (SELECT 1 FROM patrol_checkpoint_visit v WHERE v.log_id = l.id)
      OR EXISTS (SELECT 1 FROM patrol_questioning q WHERE q.log_id = l.id))
  LIMIT 1`

const undo: TLedgerWriter<TRegisterRecord>['undo'] = async (ctx) => {
  await ctx.client.query(
    `SELECT 1 FROM patrol_log l JOIN import_record i ON i.entity_id = l.id
     WHERE i.job_id = $1 FOR UPDATE OF l`,
    [ctx.jobId],
  )
  if ((await ctx.client.query(changedSinceSql, [ctx.jobId])).rowCount)
    throw new AppError('import_undo_conflict', 409)
  await run(
    ctx,
    `WITH gone AS (
       DELETE FROM patrol_log t USING import_record i
       WHERE i.job_id = $7 AND i.entity_type = 'patrol_log' AND t.id = i.entity_id
       RETURNING t.*)
     ${auditFrom('gone', { action: 'delete', entityType: 'patrol_log', before: logSnapshot('gone') })}`,
  )
}

export const patrolRegisterWriter = (): TLedgerWriter<TRegisterRecord> => ({
  stageTableSql,
  copySql: `COPY stage (${stagedColumns.map(([c]) => c).join(', ')}) FROM STDIN`,
  copyLine: (rowNumber, r) =>
    copyRow(
      [
        rowNumber,
        newId(),
        r.committeeId,
        r.teamId,
        r.routeId,
        r.date,
        r.start,
        r.end,
        JSON.stringify(
          r.members.map((m) => ({
            residentId: m.kind === 'resident' ? m.id : null,
            userId: m.kind === 'user' ? m.id : null,
            leader: m.leader,
          })),
        ),
        JSON.stringify(r.incidents),
        r.handling,
        r.handlingText,
        JSON.stringify(r.written),
      ],
      stagedKinds,
    ),
  check,
  write,
  undo,
})
