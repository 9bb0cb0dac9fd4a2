import { maskIdNumber } from '@cr/shared/validators/id-number'
import { copyRow } from '../../lib/copy-text.ts'
import type { TFieldCipher } from '../../lib/crypto/field-cipher.ts'
import { AppError } from '../../lib/errors.ts'
import type {
  TLedgerWriter,
  TStagedProblem,
  TWriteCounts,
  TWriteStageContext,
} from '../../imports/ledger-type.ts'
import {
  auditFrom,
  count,
  problemsOf,
  recordFrom,
  run,
  stageColumnsSql,
  type TStagedColumn,
} from '../../imports/staged-sql.ts'
import type { TRollRecord } from './subsidy-cases.import.ts'

/**
 * The 低保 roll's write side. A row's head is found by the ID number's blind index (never staged
 * in the clear), their household by their current membership, in the importer's scope. The case
 * is written as the desk's steps would leave it once approved — 保障中 from the approval date, its
 * members the household's current members (the head first, then by the day they joined: the
 * first `保障人数` covered), each at the roll's per-capita income so the case page's formula
 * gives it back, an `apply` and an `approve` event (marked imported), and the roll's amount as
 * the approved amount period from the approval month (the ledger is the truth for money). A
 * household with an open case already is left as is (skipped): a re-import changes nothing.
 */

const stagedColumns = [
  ['row_number', 'int'],
  ['id_number_hash', 'text'],
  ['id_number_masked', 'text'],
  ['name', 'text'],
  ['committee_id', 'text'],
  ['covered_people', 'int'],
  ['per_capita_fen', 'int'],
  ['amount_fen', 'int'],
  ['approved_on', 'date'],
  ['from_month', 'text'],
  ['hardship_reason', 'text'],
  ['certificate_number', 'text'],
  ['notes', 'text'],
] as const satisfies readonly TStagedColumn[]
const stagedKinds = stagedColumns.map(([, kind]) => kind)

const stageTableSql = `CREATE TEMP TABLE stage (
  ${stageColumnsSql(stagedColumns)},
  problem boolean NOT NULL DEFAULT false,
  resident_id uuid, household_id uuid, household_committee_id uuid, members int,
  existing_case boolean NOT NULL DEFAULT false, case_id uuid
) ON COMMIT DROP`

const scope = (ctx: TWriteStageContext) => (ctx.actor.allCommittees ? null : ctx.actor.committeeIds)

const check = async (ctx: TWriteStageContext): Promise<TStagedProblem[]> => {
  const problems = await problemsOf(
    ctx,
    `UPDATE stage SET problem = true WHERE approved_on > $1::date
     RETURNING row_number AS "rowNumber", 'approvedOn' AS field,
       'subsidy_roll_approved_in_future' AS code`,
    [ctx.today],
  )
  await ctx.client.query(
    `UPDATE stage s SET resident_id = r.id FROM resident r
     WHERE r.id_number_hash = s.id_number_hash AND r.deleted_at IS NULL`,
  )
  problems.push(
    ...(await problemsOf(
      ctx,
      `UPDATE stage SET problem = true WHERE NOT problem AND resident_id IS NULL
     RETURNING row_number AS "rowNumber", 'idNumber' AS field,
       'subsidy_roll_head_unknown' AS code,
       format('户主%s（%s）不在居民库中：请先在居民库登记其家庭（户），再导入这一行',
         name, id_number_masked) AS message`,
    )),
  )
  // Their household: the one they live in now, in the importer's scope.
  await ctx.client.query(
    `UPDATE stage s SET household_id = h.id, household_committee_id = h.committee_id
     FROM household_member m JOIN household h ON h.id = m.household_id
     WHERE NOT s.problem AND m.resident_id = s.resident_id AND m.left_on IS NULL
       AND h.deleted_at IS NULL AND ($1::uuid[] IS NULL OR h.committee_id = ANY($1::uuid[]))`,
    [scope(ctx)],
  )
  problems.push(
    ...(await problemsOf(
      ctx,
      `UPDATE stage SET problem = true WHERE NOT problem AND household_id IS NULL
       RETURNING row_number AS "rowNumber", 'idNumber' AS field,
         'subsidy_roll_household_unknown' AS code`,
    )),
    ...(await problemsOf(
      ctx,
      `UPDATE stage s SET problem = true
       WHERE NOT s.problem AND EXISTS (SELECT 1 FROM stage e WHERE NOT e.problem
         AND e.household_id = s.household_id AND e.row_number < s.row_number)
       RETURNING row_number AS "rowNumber", 'idNumber' AS field,
         'subsidy_roll_household_repeated' AS code`,
    )),
    ...(await problemsOf(
      ctx,
      `UPDATE stage SET problem = true
       WHERE NOT problem AND committee_id IS NOT NULL AND committee_id <> household_committee_id
       RETURNING row_number AS "rowNumber", 'committee' AS field,
         'subsidy_roll_committee_mismatch' AS code`,
    )),
  )
  await ctx.client.query(
    `UPDATE stage s SET members = (SELECT count(*) FROM household_member m
       WHERE m.household_id = s.household_id AND m.left_on IS NULL)
     WHERE NOT s.problem`,
  )
  problems.push(
    ...(await problemsOf(
      ctx,
      `UPDATE stage SET problem = true WHERE NOT problem AND covered_people > members
       RETURNING row_number AS "rowNumber", 'coveredPeople' AS field,
         'subsidy_roll_covered_exceeds' AS code,
         format('保障人数 %s 人，多于该户在居民库中共同生活的 %s 人', covered_people, members)
           AS message`,
    )),
  )
  // A household with an open case (any stage but 停保 and 不予批准) keeps it: the row is skipped.
  await ctx.client.query(
    `UPDATE stage s SET existing_case = true
     WHERE NOT s.problem AND EXISTS (SELECT 1 FROM subsidy_case c
       WHERE c.household_id = s.household_id AND c.deleted_at IS NULL
         AND c.stage NOT IN ('stopped', 'refused'))`,
  )
  return problems
}

const caseSnapshot = (t: string) => `jsonb_build_object('householdId', ${t}.household_id,
  'applicantId', ${t}.applicant_id, 'stage', ${t}.stage, 'approvedOn', ${t}.approved_on,
  'hardshipReason', ${t}.hardship_reason, 'certificateNumber', ${t}.certificate_number)`

const write = async (ctx: TWriteStageContext): Promise<TWriteCounts> => {
  const skipped = await count(ctx, `SELECT 1 FROM stage WHERE existing_case AND NOT problem`)
  await ctx.client.query(
    `UPDATE stage SET case_id = CASE WHEN problem OR existing_case THEN NULL ELSE uuid_v7() END`,
  )
  const imported = JSON.stringify({ source: 'import', jobId: ctx.jobId })
  await run(
    ctx,
    `WITH created AS (
       INSERT INTO subsidy_case (id, committee_id, household_id, applicant_id, applied_on, stage,
         stage_entered_on, hardship_reason, certificate_number, approved_on, notes, version,
         created_at, updated_at)
       SELECT s.case_id, s.household_committee_id, s.household_id, s.resident_id, s.approved_on,
         'in_payment', s.approved_on, s.hardship_reason::"HardshipReason", s.certificate_number,
         s.approved_on, s.notes, 1, now(), now()
       FROM stage s WHERE s.case_id IS NOT NULL
       RETURNING *),
     records AS (${recordFrom('created', 'subsidy_case', 'create')}),
     audit AS (${auditFrom('created', { action: 'create', entityType: 'subsidy_case', after: caseSnapshot('created') })})
     SELECT count(*) FROM created`,
  )
  await ctx.client.query(
    `INSERT INTO subsidy_case_member (id, case_id, resident_id, covered, other_fen)
     SELECT uuid_v7(), case_id, resident_id, place <= covered_people, per_capita_fen
     FROM (
       SELECT s.case_id, m.resident_id, s.covered_people, s.per_capita_fen,
         row_number() OVER (PARTITION BY s.case_id
           ORDER BY (m.resident_id = s.resident_id) DESC, m.joined_on, m.id) AS place
       FROM stage s JOIN household_member m ON m.household_id = s.household_id
         AND m.left_on IS NULL
       WHERE s.case_id IS NOT NULL) ordered`,
  )
  await ctx.client.query(
    `INSERT INTO subsidy_case_event (id, case_id, step, "on", detail, recorded_by_id, recorded_by)
     SELECT uuid_v7(), case_id, 'apply', approved_on, $1::jsonb, $2::uuid, $3
     FROM stage WHERE case_id IS NOT NULL
     UNION ALL
     SELECT uuid_v7(), case_id, 'approve', approved_on,
       $1::jsonb || jsonb_build_object('fromMonth', from_month, 'amountFen', amount_fen,
         'perCapitaIncomeFen', per_capita_fen, 'coveredPeople', covered_people),
       $2::uuid, $3
     FROM stage WHERE case_id IS NOT NULL`,
    [imported, ctx.actor.userId, ctx.actor.name],
  )
  await ctx.client.query(
    `INSERT INTO subsidy_amount_period (id, case_id, from_month, amount_fen, kind, reason)
     SELECT uuid_v7(), case_id, from_month, amount_fen, 'approved', '按低保花名册导入'
     FROM stage WHERE case_id IS NOT NULL`,
  )
  const created = await count(ctx, `SELECT 1 FROM stage WHERE case_id IS NOT NULL`)
  return { created, updated: 0, unchanged: 0, skipped }
}

/**
 * A case the job wrote that moved on since: a step taken or an edit (its version), deleted, or
 * referred to now by a payout roll or a pairing.
 */
const changedSinceSql = `
  SELECT 1 FROM import_record i
  LEFT JOIN subsidy_case c ON c.id = i.entity_id
  WHERE i.job_id = $1 AND i.entity_type = 'subsidy_case'
    AND (c.id IS NULL OR c.version <> i.version_after OR c.deleted_at IS NOT NULL
      OR EXISTS (SELECT 1 FROM subsidy_payout_line l WHERE l.case_id = c.id)
      OR EXISTS (SELECT 1 FROM pairing p WHERE p.case_id = c.id))
  LIMIT 1`

/** The cases (members, events and amount periods go with them), or 409 if any moved on. */
const undo: TLedgerWriter<TRollRecord>['undo'] = async (ctx) => {
  await ctx.client.query(
    `SELECT 1 FROM subsidy_case c JOIN import_record i ON i.entity_id = c.id
     WHERE i.job_id = $1 FOR UPDATE OF c`,
    [ctx.jobId],
  )
  if ((await ctx.client.query(changedSinceSql, [ctx.jobId])).rowCount)
    throw new AppError('import_undo_conflict', 409)
  await run(
    ctx,
    `WITH gone AS (
       DELETE FROM subsidy_case t USING import_record i
       WHERE i.job_id = $7 AND i.entity_type = 'subsidy_case' AND i.action = 'create'
         AND t.id = i.entity_id
       RETURNING t.*)
     ${auditFrom('gone', { action: 'delete', entityType: 'subsidy_case', before: caseSnapshot('gone') })}`,
  )
}

export const subsidyRollWriter = (cipher: TFieldCipher): TLedgerWriter<TRollRecord> => ({
  stageTableSql,
  copySql: `COPY stage (${stagedColumns.map(([c]) => c).join(', ')}) FROM STDIN`,
  copyLine: (rowNumber, record) =>
    copyRow(
      [
        rowNumber,
        cipher.blindIndex(record.idNumber),
        maskIdNumber(record.idNumber),
        record.name,
        record.committeeId,
        record.row.coveredPeople,
        record.row.perCapitaIncome,
        record.row.monthlyAmount,
        record.row.approvedOn,
        record.fromMonth,
        record.row.hardshipReason,
        record.row.certificateNumber,
        record.notes,
      ],
      stagedKinds,
    ),
  check,
  write,
  undo,
})
