import { copyRow } from '../../lib/copy-text.ts'
import { AppError } from '../../lib/errors.ts'
import { newId } from '../../lib/ids.ts'
import type { TLedgerWriter, TWriteStageContext } from '../../imports/ledger-type.ts'
import {
  auditFrom,
  count,
  problemsOf,
  recordFrom,
  run,
  stageColumnsSql,
  type TStagedColumn,
} from '../../imports/staged-sql.ts'
import type { TCoBuildingRecord } from './co-building.import.ts'

/**
 * The co-building ledger's write side: units matched by name among the live ones (a name two
 * live units share is a row problem), new units created, matched ones left as they are or, with
 * `onConflict: update`, updated from the non-blank cells of mapped columns; the row's agreement
 * added to a new unit, or to an updated one unless it has one signed that day. Units belong to
 * no committee: their audit rows have none.
 */

const stagedColumns = [
  ['row_number', 'int'],
  ['new_id', 'text'],
  ['name', 'text'],
  ['party_branch_name', 'text'],
  ['contact_name', 'text'],
  ['contact_phone', 'text'],
  ['address', 'text'],
  ['notes', 'text'],
  ['signed_on', 'date'],
  ['term_end', 'date'],
  ['commitments', 'text'],
] as const satisfies readonly TStagedColumn[]
const stagedKinds = stagedColumns.map(([, kind]) => kind)

const stageTableSql = `CREATE TEMP TABLE stage (
  ${stageColumnsSql(stagedColumns)},
  unit_id uuid, existing boolean NOT NULL DEFAULT false, problem boolean NOT NULL DEFAULT false
) ON COMMIT DROP`

/** A unit as audit rows and undo's snapshot show it. */
const unitSnapshot = (u: string) => `jsonb_build_object('name', ${u}.name,
  'partyBranchName', ${u}.party_branch_name, 'contactName', ${u}.contact_name,
  'contactPhone', ${u}.contact_phone, 'address', ${u}.address, 'notes', ${u}.notes)`

/** Ledger fields → the unit columns an update may overwrite (never the name: it is the key). */
const updatable: Record<string, string> = {
  partyBranchName: 'party_branch_name',
  contactName: 'contact_name',
  contactPhone: 'contact_phone',
  address: 'address',
  notes: 'notes',
}

const liveByName = `SELECT name, min(id::text)::uuid AS id, count(*) AS n FROM co_building_unit
  WHERE deleted_at IS NULL GROUP BY name`

const check = async (ctx: TWriteStageContext) => {
  await ctx.client.query(`UPDATE stage s SET unit_id = u.id, existing = true
    FROM (${liveByName}) u WHERE u.name = s.name AND u.n = 1`)
  return problemsOf(
    ctx,
    `UPDATE stage s SET problem = true FROM (${liveByName}) u WHERE u.name = s.name AND u.n > 1
     RETURNING row_number AS "rowNumber", 'name' AS field, 'co_building_unit_ambiguous' AS code`,
  )
}

const noCommittee = { committee: 'NULL' }

const write = async (ctx: TWriteStageContext) => {
  const existing = await count(ctx, `SELECT 1 FROM stage WHERE existing AND NOT problem`)
  if (ctx.onConflict === 'skip')
    // A known unit is left exactly as it is, its agreements included.
    await ctx.client.query(`UPDATE stage SET problem = true WHERE existing`)
  const created = await run(
    ctx,
    `WITH created AS (
       INSERT INTO co_building_unit (id, name, party_branch_name, contact_name, contact_phone,
         address, notes, version, created_at, updated_at)
       SELECT new_id, name, party_branch_name, contact_name, contact_phone, address, notes, 1,
         now(), now()
       FROM stage WHERE NOT existing AND NOT problem
       RETURNING *),
     records AS (${recordFrom('created', 'co_building_unit', 'create')})
     ${auditFrom('created', { action: 'create', entityType: 'co_building_unit', after: unitSnapshot('created'), ...noCommittee })}`,
  )
  let updated = 0
  const columns = Object.entries(updatable)
    .filter(([f]) => ctx.mappedFields.has(f))
    .map(([, c]) => c)
  if (ctx.onConflict === 'update' && columns.length) {
    const next = columns.map((c) => `COALESCE(s.${c}, u.${c})`)
    const result = await run(
      ctx,
      `WITH changed AS (
         SELECT u.id, u.version, ${unitSnapshot('u')} AS before FROM stage s
         JOIN co_building_unit u ON u.id = s.unit_id
         WHERE s.existing AND NOT s.problem
           AND (${columns.map((c) => `u.${c}`).join(', ')}) IS DISTINCT FROM (${next.join(', ')})
         FOR UPDATE OF u),
       records AS (${recordFrom('changed', 'co_building_unit', 'update', 'changed.before', 'changed.version + 1')}),
       updated AS (
         UPDATE co_building_unit u SET ${columns.map((c, i) => `${c} = ${next[i]}`).join(', ')},
           version = u.version + 1, updated_at = now()
         FROM stage s, changed c WHERE c.id = u.id AND s.unit_id = u.id
         RETURNING u.*, c.before)
       ${auditFrom('updated', { action: 'update', entityType: 'co_building_unit', before: 'updated.before', after: unitSnapshot('updated'), ...noCommittee })}`,
    )
    updated = result.rowCount ?? 0
  }
  await run(
    ctx,
    `WITH created AS (
       INSERT INTO co_building_agreement (id, unit_id, signed_on, term_end, commitments, created_at)
       SELECT uuid_v7(), COALESCE(s.unit_id, s.new_id), s.signed_on, s.term_end, s.commitments, now()
       FROM stage s WHERE NOT s.problem AND s.signed_on IS NOT NULL
         AND NOT EXISTS (SELECT 1 FROM co_building_agreement a
           WHERE a.unit_id = s.unit_id AND a.signed_on = s.signed_on)
       RETURNING *),
     records AS (${recordFrom('created', 'co_building_agreement', 'create')})
     ${auditFrom('created', { action: 'create', entityType: 'co_building_agreement', after: `jsonb_build_object('unitId', created.unit_id, 'signedOn', created.signed_on, 'termEnd', created.term_end, 'commitments', created.commitments)`, ...noCommittee })}`,
  )
  const units = created.rowCount ?? 0
  return ctx.onConflict === 'skip'
    ? { created: units, updated: 0, unchanged: 0, skipped: existing }
    : { created: units, updated, unchanged: existing - updated, skipped: 0 }
}

/**
 * What moved on since the job: a unit it wrote with another version now (edited, deleted), an
 * agreement it added that is gone or has activities, or an agreement someone else added to a
 * unit it created.
 */
const changedSinceSql = `
  SELECT 1 FROM import_record i
  LEFT JOIN co_building_unit u ON i.entity_type = 'co_building_unit' AND u.id = i.entity_id
  LEFT JOIN co_building_agreement a
    ON i.entity_type = 'co_building_agreement' AND a.id = i.entity_id
  WHERE i.job_id = $1 AND CASE i.entity_type
    WHEN 'co_building_unit' THEN u.id IS NULL OR u.version <> i.version_after
      OR u.deleted_at IS NOT NULL
      OR (i.action = 'create' AND EXISTS (SELECT 1 FROM co_building_agreement x
        WHERE x.unit_id = u.id AND NOT EXISTS (SELECT 1 FROM import_record j
          WHERE j.job_id = $1 AND j.entity_id = x.id)))
    WHEN 'co_building_agreement' THEN a.id IS NULL
      OR EXISTS (SELECT 1 FROM co_building_activity v WHERE v.agreement_id = a.id)
    ELSE false END
  LIMIT 1`

/** Agreements it added, units restored to the snapshot kept, units it created: all or 409. */
const undo: TLedgerWriter<TCoBuildingRecord>['undo'] = async (ctx) => {
  await ctx.client.query(
    `SELECT 1 FROM co_building_unit u JOIN import_record i ON i.entity_id = u.id
     WHERE i.job_id = $1 FOR UPDATE OF u`,
    [ctx.jobId],
  )
  if ((await ctx.client.query(changedSinceSql, [ctx.jobId])).rowCount)
    throw new AppError('import_undo_conflict', 409)
  const deleteCreated = (table: string, entityType: string, before: string) =>
    run(
      ctx,
      `WITH gone AS (
         DELETE FROM ${table} t USING import_record i
         WHERE i.job_id = $7 AND i.entity_type = '${entityType}' AND i.action = 'create'
           AND t.id = i.entity_id
         RETURNING t.*)
       ${auditFrom('gone', { action: 'delete', entityType, before, ...noCommittee })}`,
    )
  await deleteCreated(
    'co_building_agreement',
    'co_building_agreement',
    `jsonb_build_object('unitId', gone.unit_id, 'signedOn', gone.signed_on)`,
  )
  await run(
    ctx,
    `WITH restored AS (
       UPDATE co_building_unit u SET ${Object.entries(updatable)
         .map(([f, c]) => `${c} = i.before->>'${f}'`)
         .join(', ')}, version = u.version + 1, updated_at = now()
       FROM import_record i
       WHERE i.job_id = $7 AND i.entity_type = 'co_building_unit' AND i.action = 'update'
         AND u.id = i.entity_id
       RETURNING u.*)
     ${auditFrom('restored', { action: 'update', entityType: 'co_building_unit', after: unitSnapshot('restored'), ...noCommittee })}`,
  )
  await deleteCreated('co_building_unit', 'co_building_unit', unitSnapshot('gone'))
}

export const coBuildingWriter = (): TLedgerWriter<TCoBuildingRecord> => ({
  stageTableSql,
  copySql: `COPY stage (${stagedColumns.map(([c]) => c).join(', ')}) FROM STDIN`,
  copyLine: (rowNumber, { unit, agreement }) =>
    copyRow(
      [
        rowNumber,
        newId(),
        unit.name,
        unit.partyBranchName,
        unit.contactName,
        unit.contactPhone,
        unit.address,
        unit.notes,
        agreement?.signedOn,
        agreement?.termEnd,
        agreement?.commitments,
      ],
      stagedKinds,
    ),
  check,
  write,
  undo,
})
