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
  peopleStagedColumns,
  peopleStageState,
  registerPeople,
  stagedPerson,
  undoPeople,
} from '../residents/people.import.ts'
import type { TContractRecord } from './rental-contracts.import.ts'
import {
  deleteCreated,
  placeRows,
  placesChangedSql,
  placeStagedColumns,
  placeStageState,
  registerRepeatedOnce,
  stagedPlace,
  undoPlaces,
  writePlaces,
} from './rentals.import-places.ts'

/**
 * The contract ledger's write side: the landlord through the people face (found by the ID
 * number's blind index, or registered as living elsewhere), the dwelling placed and, when
 * missing, created (rentals.import-places.ts), the rental property found (one live per dwelling:
 * its landlord must be the row's) or created, and the contract added. A contract number already
 * registered leaves the row as it is (skipped): a re-import changes nothing.
 */

const contractColumns = [
  ['use', 'text'],
  ['number', 'text'],
  ['signed_on', 'date'],
  ['lease_starts_on', 'date'],
  ['lease_ends_on', 'date'],
  ['monthly_rent', 'text'],
  ['contract_notes', 'text'],
  ['cancelled_on', 'date'],
  ['cancel_reason', 'text'],
] as const satisfies readonly TStagedColumn[]

const stagedColumns = [...peopleStagedColumns, ...placeStagedColumns, ...contractColumns] as const
const stagedKinds = stagedColumns.map(([, kind]) => kind)

const stageTableSql = `CREATE TEMP TABLE stage (
  ${stageColumnsSql(stagedColumns)},
  ${peopleStageState},
  ${placeStageState},
  property_id uuid, property_landlord_id uuid,
  existing_contract boolean NOT NULL DEFAULT false
) ON COMMIT DROP`

const scope = (ctx: TWriteStageContext) => (ctx.actor.allCommittees ? null : ctx.actor.committeeIds)

const check = async (ctx: TWriteStageContext): Promise<TStagedProblem[]> => {
  const problems = await matchPeople(ctx)
  // A number already registered: the row is that contract (skipped), when the clerk may see
  // it; another committee's number is taken.
  await ctx.client.query(
    `UPDATE stage s SET existing_contract = true FROM rental_contract c
     WHERE c.number = s.number AND c.deleted_at IS NULL`,
  )
  problems.push(
    ...(await problemsOf(
      ctx,
      `UPDATE stage s SET problem = true FROM rental_contract c
       WHERE s.existing_contract AND NOT s.problem AND c.number = s.number
         AND c.deleted_at IS NULL AND $1::uuid[] IS NOT NULL AND NOT (c.committee_id = ANY($1::uuid[]))
       RETURNING s.row_number AS "rowNumber", 'number' AS field,
         'rental_contract_number_taken' AS code`,
      [scope(ctx)],
    )),
  )
  problems.push(...(await placeRows(ctx, 'NOT s.problem AND NOT s.existing_contract')))
  // The dwelling's live rental property; its landlord must be the row's.
  await ctx.client.query(`UPDATE stage s SET property_id = p.id,
      property_landlord_id = p.landlord_resident_id
    FROM rental_property p WHERE p.dwelling_id = s.dwelling_id AND p.deleted_at IS NULL
      AND NOT s.problem AND NOT s.existing_contract`)
  problems.push(
    ...(await problemsOf(
      ctx,
      `UPDATE stage s SET problem = true
       WHERE NOT s.problem AND NOT s.existing_contract AND (
         (s.property_id IS NOT NULL AND s.property_landlord_id <> s.resident_id)
         -- Two rows for one new rental property name two landlords: the later is refused.
         OR (s.property_id IS NULL AND EXISTS (SELECT 1 FROM stage t
           WHERE NOT t.problem AND NOT t.existing_contract AND t.row_number < s.row_number
             AND t.committee_id = s.committee_id AND t.street = s.street
             AND t.building_key = s.building_key AND COALESCE(t.unit, '') = COALESCE(s.unit, '')
             AND t.room = s.room AND t.id_number_hash <> s.id_number_hash)))
       RETURNING row_number AS "rowNumber", 'idNumber' AS field,
         'rental_landlord_mismatch' AS code`,
    )),
  )
  return problems
}

const propertySnapshot = (p: string) => `jsonb_build_object('dwellingId', ${p}.dwelling_id,
  'landlordResidentId', ${p}.landlord_resident_id, 'use', ${p}.use)`
const contractSnapshot = (c: string) => `jsonb_build_object('number', ${c}.number,
  'propertyId', ${c}.property_id, 'signedOn', ${c}.signed_on,
  'leaseStartsOn', ${c}.lease_starts_on, 'leaseEndsOn', ${c}.lease_ends_on,
  'monthlyRent', ${c}.monthly_rent, 'cancelledOn', ${c}.cancelled_on,
  'cancelReason', ${c}.cancel_reason)`

const write = async (ctx: TWriteStageContext): Promise<TWriteCounts> => {
  const existing = await count(ctx, `SELECT 1 FROM stage WHERE existing_contract AND NOT problem`)
  // A registered contract is left exactly as it is, its landlord and dwelling included.
  await ctx.client.query(`UPDATE stage SET problem = true WHERE existing_contract`)
  // Landlords matched and updated (`onConflict: update`) count as updated rows.
  let updated = 0
  await registerRepeatedOnce(ctx, async () => {
    updated = (await registerPeople(ctx, { residence: 'elsewhere' })).updated
  })
  await writePlaces(ctx)
  await run(
    ctx,
    `WITH wanted AS (
       SELECT DISTINCT ON (dwelling_id) committee_id, dwelling_id, resident_id, use
       FROM stage WHERE NOT problem AND property_id IS NULL ORDER BY dwelling_id, row_number),
     created AS (
       INSERT INTO rental_property (id, committee_id, dwelling_id, landlord_resident_id, use,
         version, created_at, updated_at)
       SELECT uuid_v7(), committee_id, dwelling_id, resident_id, use::"RentalUse", 1, now(), now()
       FROM wanted
       RETURNING *),
     records AS (${recordFrom('created', 'rental_property', 'create')}),
     audit AS (${auditFrom('created', { action: 'create', entityType: 'rental_property', after: propertySnapshot('created') })})
     UPDATE stage s SET property_id = c.id FROM created c
     WHERE NOT s.problem AND s.property_id IS NULL AND s.dwelling_id = c.dwelling_id`,
  )
  const created = await run(
    ctx,
    `WITH created AS (
       INSERT INTO rental_contract (id, committee_id, property_id, number, signed_on,
         lease_starts_on, lease_ends_on, monthly_rent, notes, cancelled_on, cancel_reason,
         version, created_at, updated_at)
       SELECT uuid_v7(), p.committee_id, s.property_id, s.number, s.signed_on, s.lease_starts_on,
         s.lease_ends_on, s.monthly_rent::numeric, s.contract_notes, s.cancelled_on,
         s.cancel_reason, 1, now(), now()
       FROM stage s JOIN rental_property p ON p.id = s.property_id WHERE NOT s.problem
       RETURNING *),
     records AS (${recordFrom('created', 'rental_contract', 'create')})
     ${auditFrom('created', { action: 'create', entityType: 'rental_contract', after: contractSnapshot('created') })}`,
  )
  return { created: created.rowCount ?? 0, updated, unchanged: 0, skipped: existing }
}

/** A contract or property the job created that moved on since (edited, deleted). */
const changedSinceSql = `
  SELECT 1 FROM import_record i
  LEFT JOIN rental_contract c ON i.entity_type = 'rental_contract' AND c.id = i.entity_id
  LEFT JOIN rental_property p ON i.entity_type = 'rental_property' AND p.id = i.entity_id
  WHERE i.job_id = $1 AND CASE i.entity_type
    WHEN 'rental_contract' THEN c.id IS NULL OR c.version <> i.version_after
      OR c.deleted_at IS NOT NULL
    WHEN 'rental_property' THEN p.id IS NULL OR p.version <> i.version_after
      OR p.deleted_at IS NOT NULL
    ELSE false END
  LIMIT 1`

/**
 * Contracts, then properties, the people the job registered or updated (`undoPeople`), then
 * dwellings and buildings: all, or 409 when any changed since or something else refers to
 * them now (a temporary resident under a contract, an inspection, a renewal).
 */
const undo: TLedgerWriter<TContractRecord>['undo'] = async (ctx) => {
  await ctx.client.query(
    `SELECT 1 FROM rental_contract c JOIN import_record i ON i.entity_id = c.id
     WHERE i.job_id = $1 FOR UPDATE OF c`,
    [ctx.jobId],
  )
  if ((await ctx.client.query(changedSinceSql, [ctx.jobId])).rowCount)
    throw new AppError('import_undo_conflict', 409)
  if ((await ctx.client.query(placesChangedSql, [ctx.jobId])).rowCount)
    throw new AppError('import_undo_conflict', 409)
  await deleteCreated(ctx, 'rental_contract', contractSnapshot('gone'))
  await deleteCreated(ctx, 'rental_property', propertySnapshot('gone'))
  await undoPeople(ctx)
  await undoPlaces(ctx)
}

export const rentalContractsWriter = (cipher: TFieldCipher): TLedgerWriter<TContractRecord> => ({
  stageTableSql,
  copySql: `COPY stage (${stagedColumns.map(([c]) => c).join(', ')}) FROM STDIN`,
  copyLine: (rowNumber, record) => {
    const { contract } = record
    return copyRow(
      [
        ...stagedPerson(cipher, rowNumber, record),
        ...stagedPlace(record.place),
        record.use,
        contract.number,
        contract.signedOn,
        contract.leaseStartsOn,
        contract.leaseEndsOn,
        contract.monthlyRent,
        contract.notes,
        contract.cancelledOn,
        contract.cancelReason,
      ],
      stagedKinds,
    )
  },
  check,
  write,
  undo,
})
