import { householdRegionOf } from '@cr/shared/rentals/household-region'
import { registrationDeadline } from '@cr/shared/rentals/registration'
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
import {
  matchPeople,
  movePeopleHere,
  peopleStagedColumns,
  peopleStageState,
  registerPeople,
  stagedPerson,
  undoPeople,
} from '../residents/people.import.ts'
import {
  deleteCreated,
  placeRows,
  placesChangedSql,
  placeStagedColumns,
  placeStageState,
  stagedPlace,
  undoPlaces,
  writePlaces,
} from './rentals.import-places.ts'
import type { TTemporaryRecord } from './temporary-residents.import.ts'

/**
 * The temporary-resident ledger's write side: the person through the people face (found by the
 * ID number's blind index, or registered as living here, 暂住; a person known as living
 * elsewhere is set here), the place from the contract the row names or from its address
 * (rentals.import-places.ts: missing buildings and dwellings created), and the registration
 * with its `moved_in` and `registered` events, as the desk registration writes them
 * (temporary-residents.service.ts). Someone already registered at that dwelling is left as is
 * (skipped); registered at another one, the row is refused: moves are the app's `/move`.
 */

const registrationColumns = [
  ['contract_number', 'text'],
  ['household_region_code', 'text'],
  ['household_region', 'text'],
  ['household_province', 'text'],
  ['reason', 'text'],
  ['employer', 'text'],
  ['moved_in_on', 'date'],
  ['registration_deadline', 'date'],
  ['declared_on', 'date'],
  ['registration_notes', 'text'],
  ['left_on', 'date'],
  ['leave_reason', 'text'],
] as const satisfies readonly TStagedColumn[]

const stagedColumns = [
  ...peopleStagedColumns,
  ...placeStagedColumns,
  ...registrationColumns,
] as const
const stagedKinds = stagedColumns.map(([, kind]) => kind)

const stageTableSql = `CREATE TEMP TABLE stage (
  ${stageColumnsSql(stagedColumns)},
  ${peopleStageState},
  ${placeStageState},
  contract_id uuid, property_id uuid,
  registered_dwelling_id uuid, existing_registration boolean NOT NULL DEFAULT false
) ON COMMIT DROP`

const scope = (ctx: TWriteStageContext) => (ctx.actor.allCommittees ? null : ctx.actor.committeeIds)

const check = async (ctx: TWriteStageContext): Promise<TStagedProblem[]> => {
  const problems = await matchPeople(ctx)
  // The contract the row names, in the importer's scope: its dwelling and committee place it.
  await ctx.client.query(
    `UPDATE stage s SET contract_id = c.id, property_id = c.property_id,
       dwelling_id = p.dwelling_id, committee_id = c.committee_id,
       building_id = d.building_id
     FROM rental_contract c JOIN rental_property p ON p.id = c.property_id
       JOIN dwelling d ON d.id = p.dwelling_id
     WHERE NOT s.problem AND c.number = s.contract_number AND c.deleted_at IS NULL
       AND p.deleted_at IS NULL AND ($1::uuid[] IS NULL OR c.committee_id = ANY($1::uuid[]))`,
    [scope(ctx)],
  )
  problems.push(
    ...(await problemsOf(
      ctx,
      `UPDATE stage SET problem = true
       WHERE NOT problem AND contract_number IS NOT NULL AND contract_id IS NULL
       RETURNING row_number AS "rowNumber", 'contractNumber' AS field,
         'rental_contract_number_unknown' AS code`,
    )),
  )
  // Without a contract: the address places the row.
  problems.push(...(await placeRows(ctx, 'NOT s.problem AND s.contract_id IS NULL')))
  // A dwelling let as a rental property: rented there, under its current contract.
  await ctx.client.query(
    `UPDATE stage s SET property_id = p.id, contract_id = (
       SELECT c.id FROM rental_contract c WHERE c.property_id = p.id AND c.deleted_at IS NULL
         AND c.cancelled_on IS NULL ORDER BY c.lease_starts_on DESC LIMIT 1)
     FROM rental_property p
     WHERE NOT s.problem AND s.contract_id IS NULL AND s.dwelling_id IS NOT NULL
       AND p.dwelling_id = s.dwelling_id AND p.deleted_at IS NULL`,
  )
  // Registered already: at this dwelling the row is that registration; elsewhere, refused.
  // One that has ended is the row's when it was at this dwelling from the same day.
  await ctx.client.query(
    `UPDATE stage s SET existing_registration = true, registered_dwelling_id = t.dwelling_id
     FROM temporary_resident t
     WHERE s.existing AND NOT s.problem AND t.resident_id = s.resident_id
       AND t.left_on IS NULL AND t.deleted_at IS NULL`,
  )
  await ctx.client.query(
    `UPDATE stage s SET existing_registration = true, registered_dwelling_id = t.dwelling_id
     FROM temporary_resident t
     WHERE s.existing AND NOT s.problem AND NOT s.existing_registration
       AND t.resident_id = s.resident_id AND t.deleted_at IS NULL AND t.left_on IS NOT NULL
       AND t.dwelling_id = s.dwelling_id AND t.moved_in_on = s.moved_in_on`,
  )
  problems.push(
    ...(await problemsOf(
      ctx,
      `UPDATE stage SET problem = true
       WHERE existing_registration AND NOT problem
         AND registered_dwelling_id IS DISTINCT FROM dwelling_id
       RETURNING row_number AS "rowNumber", 'idNumber' AS field,
         'temporary_resident_elsewhere' AS code`,
    )),
  )
  return problems
}

const registrationSnapshot = (t: string) => `jsonb_build_object('residentId', ${t}.resident_id,
  'dwellingId', ${t}.dwelling_id, 'contractId', ${t}.contract_id, 'reason', ${t}.reason,
  'movedInOn', ${t}.moved_in_on, 'declaredOn', ${t}.declared_on,
  'householdRegion', ${t}.household_region)`

const write = async (ctx: TWriteStageContext): Promise<TWriteCounts> => {
  const existing = await count(
    ctx,
    `SELECT 1 FROM stage WHERE existing_registration AND NOT problem`,
  )
  await ctx.client.query(`UPDATE stage SET problem = true WHERE existing_registration`)
  // People matched and updated (`onConflict: update`) count as updated rows.
  const { updated } = await registerPeople(ctx)
  await movePeopleHere(ctx)
  await writePlaces(ctx)
  await run(
    ctx,
    `WITH created AS (
       INSERT INTO temporary_resident (id, committee_id, resident_id, lodging, property_id,
         dwelling_id, contract_id, household_region_code, household_region, household_province,
         reason, employer, moved_in_on, registration_deadline, declared_on, notes,
         left_on, leave_reason, version, created_at, updated_at)
       SELECT uuid_v7(), d.committee_id, s.resident_id,
         (CASE WHEN s.property_id IS NULL THEN 'with_household' ELSE 'rented' END)::"LodgingKind",
         s.property_id, s.dwelling_id, s.contract_id, s.household_region_code,
         s.household_region, s.household_province, s.reason::"ResidenceReason", s.employer,
         s.moved_in_on, s.registration_deadline, s.declared_on, s.registration_notes,
         s.left_on, s.leave_reason, 1, now(), now()
       FROM stage s JOIN dwelling d ON d.id = s.dwelling_id WHERE NOT s.problem
       RETURNING *),
     records AS (${recordFrom('created', 'temporary_resident', 'create')}),
     audit AS (${auditFrom('created', { action: 'create', entityType: 'temporary_resident', after: registrationSnapshot('created') })}),
     events AS (
       INSERT INTO temporary_resident_event (id, temporary_resident_id, type, "on",
         to_dwelling_id, note, recorded_by_id, created_at)
       SELECT uuid_v7(), id, 'moved_in', moved_in_on, dwelling_id, NULL, $8::uuid, now()
       FROM created
       UNION ALL
       SELECT uuid_v7(), id, 'registered', declared_on, NULL, NULL, $8::uuid, now() FROM created
       WHERE declared_on IS NOT NULL
       UNION ALL
       SELECT uuid_v7(), id, 'left', left_on, NULL, leave_reason, $8::uuid, now() FROM created
       WHERE left_on IS NOT NULL
       RETURNING id)
     INSERT INTO import_record (job_id, entity_type, entity_id, action, version_after)
     SELECT $7::uuid, 'temporary_resident_event', id, 'create', 1 FROM events`,
    [ctx.actor.userId],
  )
  const registrations = await count(
    ctx,
    `SELECT 1 FROM import_record WHERE job_id = $1 AND entity_type = 'temporary_resident'`,
    [ctx.jobId],
  )
  return { created: registrations, updated, unchanged: 0, skipped: existing }
}

/** A registration the job wrote that moved on since: edited, deleted, moved or left. */
const changedSinceSql = `
  SELECT 1 FROM import_record i
  LEFT JOIN temporary_resident t ON t.id = i.entity_id
  WHERE i.job_id = $1 AND i.entity_type = 'temporary_resident'
    AND (t.id IS NULL OR t.version <> i.version_after OR t.deleted_at IS NOT NULL
      OR EXISTS (SELECT 1 FROM temporary_resident_event e WHERE e.temporary_resident_id = t.id
        AND NOT EXISTS (SELECT 1 FROM import_record j WHERE j.job_id = $1 AND j.entity_id = e.id)))
  LIMIT 1`

/**
 * Registrations (with their events), then the people (`undoPeople`: registered ones deleted,
 * updated ones — their residence too — restored), then dwellings and buildings: all, or 409.
 */
const undo: TLedgerWriter<TTemporaryRecord>['undo'] = async (ctx) => {
  await ctx.client.query(
    `SELECT 1 FROM temporary_resident t JOIN import_record i ON i.entity_id = t.id
     WHERE i.job_id = $1 FOR UPDATE OF t`,
    [ctx.jobId],
  )
  if ((await ctx.client.query(changedSinceSql, [ctx.jobId])).rowCount)
    throw new AppError('import_undo_conflict', 409)
  if ((await ctx.client.query(placesChangedSql, [ctx.jobId])).rowCount)
    throw new AppError('import_undo_conflict', 409)
  await ctx.client.query(
    `DELETE FROM temporary_resident_event t USING import_record i
     WHERE i.job_id = $1 AND i.entity_type = 'temporary_resident_event' AND t.id = i.entity_id`,
    [ctx.jobId],
  )
  await deleteCreated(ctx, 'temporary_resident', registrationSnapshot('gone'))
  await undoPeople(ctx)
  await undoPlaces(ctx)
}

export const temporaryResidentsWriter = (
  cipher: TFieldCipher,
): TLedgerWriter<TTemporaryRecord> => ({
  stageTableSql,
  copySql: `COPY stage (${stagedColumns.map(([c]) => c).join(', ')}) FROM STDIN`,
  copyLine: (rowNumber, record) => {
    const { registration } = record
    const region = householdRegionOf(record.resident.idNumber)
    return copyRow(
      [
        ...stagedPerson(cipher, rowNumber, record),
        ...stagedPlace(record.place),
        record.contractNumber,
        region?.code ?? null,
        registration.householdRegion ?? region?.name ?? null,
        region?.province ?? null,
        registration.reason,
        registration.employer,
        registration.movedInOn,
        registrationDeadline(registration.movedInOn).deadline,
        registration.declaredOn,
        registration.notes,
        registration.leftOn,
        registration.leaveReason,
      ],
      stagedKinds,
    )
  },
  check,
  write,
  undo,
})
