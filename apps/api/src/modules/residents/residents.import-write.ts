import { currentPopulationStatuses } from '@cr/shared/residents/life-event'
import { headRelationship } from '@cr/shared/households/household'
import { buildingAddress } from '@cr/shared/places/building'
import { dwellingAddress } from '@cr/shared/places/dwelling'
import { copyRow } from '../../lib/copy-text.ts'
import type { TFieldCipher } from '../../lib/crypto/field-cipher.ts'
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
  checkStagedPeople,
  peopleStagedColumns,
  peopleStageState,
  registerPeople,
  stagedPerson,
  stagePeopleBatch,
} from './people.import.ts'
import type { TResidentLedgerRecord } from './residents.import.ts'
import { undoResidentsImport } from './residents.import-undo.ts'

/**
 * The residents ledger's write side: the people face's columns and steps (people.import.ts)
 * with the places and households: rows staged by COPY into `stage`, their people matched to
 * the registry by ID number (blind index) batch by batch, checked together (one head per new household, nobody
 * placed in a second household) and written with set-based statements — residents, buildings,
 * dwellings, households, members, history, audit rows and the job's `import_record` rows.
 */

const placeColumns = [
  ['street', 'text'],
  ['estate_name', 'text'],
  ['building_number', 'text'],
  ['unit', 'text'],
  ['room', 'text'],
  ['building_address', 'text'],
  ['dwelling_address', 'text'],
  ['relationship', 'text'],
] as const satisfies readonly TStagedColumn[]

const stagedColumns = [...peopleStagedColumns, ...placeColumns] as const
const stagedKinds = stagedColumns.map(([, kind]) => kind)

const stageTableSql = `CREATE TEMP TABLE stage (
  ${stageColumnsSql(stagedColumns)},
  ${peopleStageState},
  building_id uuid, dwelling_id uuid, household_id uuid, head_id uuid, member_household_id uuid,
  new_household boolean NOT NULL DEFAULT false
) ON COMMIT DROP`

/** Marks rows that cannot go in and says why, one statement per rule. */
const check = async (ctx: TWriteStageContext): Promise<TStagedProblem[]> => {
  const { client } = ctx
  // Matched batch by batch as they were staged (stagePeopleBatch).
  const problems = await checkStagedPeople(ctx)
  // Places as they already exist: building by its parts, dwelling by unit and room.
  await client.query(`UPDATE stage s SET building_id = b.id FROM building b
    WHERE s.street IS NOT NULL AND b.committee_id = s.committee_id AND b.deleted_at IS NULL
      AND b.street = s.street AND b.building_number = s.building_number
      AND COALESCE(b.estate_name, '') = COALESCE(s.estate_name, '')`)
  await client.query(`UPDATE stage s SET dwelling_id = d.id FROM dwelling d
    WHERE d.building_id = s.building_id AND d.deleted_at IS NULL
      AND COALESCE(d.unit, '') = COALESCE(s.unit, '') AND d.room = s.room`)
  await client.query(`UPDATE stage s SET household_id = h.id, head_id = h.head_resident_id
    FROM (SELECT DISTINCT ON (dwelling_id) id, dwelling_id, head_resident_id FROM household
          WHERE deleted_at IS NULL ORDER BY dwelling_id, created_at) h
    WHERE h.dwelling_id = s.dwelling_id`)
  await client.query(`UPDATE stage s SET member_household_id = m.household_id
    FROM household_member m WHERE s.existing AND m.resident_id = s.resident_id AND m.left_on IS NULL`)
  // Households, for rows that give a relationship: moves are explicit actions, never an import.
  problems.push(
    ...(await problemsOf(
      ctx,
      `UPDATE stage s SET problem = true WHERE relationship IS NOT NULL AND NOT problem
         AND member_household_id IS NOT NULL AND member_household_id IS DISTINCT FROM household_id
       RETURNING row_number AS "rowNumber", 'relationship' AS field, 'household_elsewhere' AS code`,
    )),
  )
  // Only the current population joins a household (as the API's 迁入): a person who moved out
  // or is away is brought back by 返回 on their profile first.
  problems.push(
    ...(await problemsOf(
      ctx,
      `UPDATE stage s SET problem = true FROM resident r
       WHERE s.existing AND NOT s.problem AND s.relationship IS NOT NULL
         AND s.member_household_id IS NULL AND r.id = s.resident_id
         AND r.status::text <> ALL($1::text[])
       RETURNING s.row_number AS "rowNumber", 'relationship' AS field, 'resident_not_active' AS code`,
      [currentPopulationStatuses],
    )),
  )
  // A household to be is keyed by its dwelling's standard address within the committee.
  const place = 'committee_id, dwelling_address'
  problems.push(
    ...(await problemsOf(
      ctx,
      `WITH heads AS (
         SELECT row_number, row_number() OVER (PARTITION BY ${place} ORDER BY row_number) AS nth
         FROM stage WHERE relationship = $1 AND NOT problem)
       UPDATE stage s SET problem = true FROM heads
       WHERE heads.row_number = s.row_number AND (heads.nth > 1 OR s.head_id IS NOT NULL
         AND s.head_id <> s.resident_id)
       RETURNING s.row_number AS "rowNumber", 'relationship' AS field,
         CASE WHEN s.head_id IS NOT NULL THEN 'household_head_conflict'
              ELSE 'household_head_duplicate' END AS code`,
      [headRelationship],
    )),
  )
  problems.push(
    ...(await problemsOf(
      ctx,
      `UPDATE stage s SET problem = true
       WHERE s.relationship IS NOT NULL AND s.relationship <> $1 AND NOT s.problem
         AND s.household_id IS NULL
         AND NOT EXISTS (SELECT 1 FROM stage h WHERE h.relationship = $1 AND NOT h.problem
           AND h.committee_id = s.committee_id AND h.dwelling_address = s.dwelling_address)
       RETURNING row_number AS "rowNumber", 'relationship' AS field, 'household_head_missing' AS code`,
      [headRelationship],
    )),
  )
  return problems
}

/** Buildings and dwellings the rows name and the registry lacks, created and linked. */
const writePlaces = async (ctx: TWriteStageContext) => {
  await run(
    ctx,
    `WITH wanted AS (
       SELECT DISTINCT ON (committee_id, street, COALESCE(estate_name, ''), building_number)
         committee_id, street, estate_name, building_number, building_address
       FROM stage WHERE NOT problem AND street IS NOT NULL AND building_id IS NULL),
     created AS (
       INSERT INTO building (id, committee_id, street, building_number, estate_name, address,
         version, created_at, updated_at)
       SELECT uuid_v7(), committee_id, street, building_number, estate_name, building_address,
         1, now(), now() FROM wanted
       RETURNING *),
     records AS (${recordFrom('created', 'building', 'create')}),
     audit AS (${auditFrom('created', { action: 'create', entityType: 'building', after: `jsonb_build_object('address', created.address)` })})
     UPDATE stage s SET building_id = c.id FROM created c
     WHERE s.street IS NOT NULL AND s.building_id IS NULL AND c.committee_id = s.committee_id
       AND c.street = s.street AND c.building_number = s.building_number
       AND COALESCE(c.estate_name, '') = COALESCE(s.estate_name, '')`,
  )
  await run(
    ctx,
    `WITH wanted AS (
       SELECT DISTINCT ON (building_id, COALESCE(unit, ''), room)
         committee_id, building_id, unit, room, dwelling_address
       FROM stage WHERE NOT problem AND building_id IS NOT NULL AND dwelling_id IS NULL),
     created AS (
       INSERT INTO dwelling (id, committee_id, building_id, unit, room, address,
         version, created_at, updated_at)
       SELECT uuid_v7(), committee_id, building_id, unit, room, dwelling_address,
         1, now(), now() FROM wanted
       RETURNING *),
     records AS (${recordFrom('created', 'dwelling', 'create')}),
     audit AS (${auditFrom('created', { action: 'create', entityType: 'dwelling', after: `jsonb_build_object('address', created.address)` })})
     UPDATE stage s SET dwelling_id = c.id FROM created c
     WHERE s.building_id = c.building_id AND s.dwelling_id IS NULL
       AND COALESCE(c.unit, '') = COALESCE(s.unit, '') AND c.room = s.room`,
  )
}

/** Rows that join a household: a relationship given, the person in no household yet. */
const joiningRows = `NOT problem AND relationship IS NOT NULL AND member_household_id IS NULL`

/**
 * New households (one per dwelling with a head row), then members and their dated history.
 * Members and history of households this job created are not recorded one by one: undo
 * deletes the household and they go with it; the household's record keeps how many there
 * were, so undo can tell whether anyone else has been added since.
 */
const writeHouseholds = async (ctx: TWriteStageContext) => {
  const today = ctx.today
  await run(
    ctx,
    `WITH created AS (
       INSERT INTO household (id, committee_id, dwelling_id, head_resident_id,
         version, created_at, updated_at)
       SELECT uuid_v7(), committee_id, dwelling_id, resident_id, 1, now(), now()
       FROM stage WHERE relationship = $8 AND NOT problem AND household_id IS NULL
       RETURNING *),
     joining AS (
       SELECT dwelling_id, count(*) AS n FROM stage WHERE ${joiningRows} GROUP BY dwelling_id),
     records AS (
       INSERT INTO import_record (job_id, entity_type, entity_id, action, before, version_after)
       SELECT $7::uuid, 'household', created.id, 'create',
         jsonb_build_object('members', joining.n, 'events', joining.n), 1
       FROM created JOIN joining ON joining.dwelling_id = created.dwelling_id),
     audit AS (${auditFrom('created', { action: 'create', entityType: 'household', after: `jsonb_build_object('dwellingId', created.dwelling_id, 'headResidentId', created.head_resident_id)` })})
     UPDATE stage s SET household_id = c.id, head_id = c.head_resident_id, new_household = true
     FROM created c WHERE s.dwelling_id = c.dwelling_id AND s.relationship IS NOT NULL`,
    [headRelationship],
  )
  // The statistics of `stage` date from before its household ids were filled (all NULL then):
  // without fresh ones the planner expects one joining row and loops over them (quadratic).
  await ctx.client.query('ANALYZE stage (household_id, dwelling_id, relationship)')
  await ctx.client.query(
    `WITH joining AS (
       SELECT household_id, resident_id, relationship, new_household,
         new_household AND resident_id = head_id AS founds
       FROM stage WHERE ${joiningRows} AND household_id IS NOT NULL),
     members AS (
       INSERT INTO household_member (id, household_id, resident_id, relationship, joined_on)
       SELECT uuid_v7(), household_id, resident_id, relationship, $2::date FROM joining
       RETURNING id, household_id),
     member_records AS (
       INSERT INTO import_record (job_id, entity_type, entity_id, action, version_after)
       SELECT $1::uuid, 'household_member', id, 'create', 1 FROM members
       WHERE household_id IN (SELECT household_id FROM joining WHERE NOT new_household)),
     events AS (
       INSERT INTO household_event (id, household_id, type, occurred_on, resident_id,
         relationship, actor_name, recorded_at)
       SELECT uuid_v7(), household_id, CASE WHEN founds THEN 'created' ELSE 'moved_in' END,
         $2::date, resident_id, relationship, $3, now() FROM joining
       RETURNING id, household_id)
     INSERT INTO import_record (job_id, entity_type, entity_id, action, version_after)
     SELECT $1::uuid, 'household_event', id, 'create', 1 FROM events
     WHERE household_id IN (SELECT household_id FROM joining WHERE NOT new_household)`,
    [ctx.jobId, today, ctx.actor.name],
  )
}

export const residentsWriter = (cipher: TFieldCipher): TLedgerWriter<TResidentLedgerRecord> => ({
  stageTableSql,
  copySql: `COPY stage (${stagedColumns.map(([c]) => c).join(', ')}) FROM STDIN`,
  copyLine: (rowNumber, record) => {
    const { address, relationship } = record
    const building = address ? buildingAddress(address) : null
    return copyRow(
      [
        ...stagedPerson(cipher, rowNumber, record),
        address?.street,
        address?.estateName,
        address?.buildingNumber,
        address?.unit,
        address?.room,
        building,
        address && building ? dwellingAddress(building, address) : null,
        relationship,
      ],
      stagedKinds,
    )
  },
  stageBatch: stagePeopleBatch,
  check,
  write: async (ctx): Promise<TWriteCounts> => {
    const existing = await count(ctx, `SELECT 1 FROM stage WHERE existing AND NOT problem`)
    if (ctx.onConflict === 'skip')
      // Matched people are left exactly as they are, places and households included.
      await ctx.client.query(`UPDATE stage SET problem = true WHERE existing`)
    const { created, updated } = await registerPeople(ctx, { inserted: true })
    await writePlaces(ctx)
    await writeHouseholds(ctx)
    return ctx.onConflict === 'skip'
      ? { created, updated: 0, unchanged: 0, skipped: existing }
      : { created, updated, unchanged: existing - updated, skipped: 0 }
  },
  undo: undoResidentsImport,
})
