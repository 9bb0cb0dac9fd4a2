import { headRelationship } from '@cr/shared/households/household'
import { buildingAddress } from '@cr/shared/places/building'
import { dwellingAddress } from '@cr/shared/places/dwelling'
import { copyLine } from '../../lib/copy-text.ts'
import type { TFieldCipher } from '../../lib/crypto/field-cipher.ts'
import { todayCst } from '../../lib/dates.ts'
import type {
  TLedgerWriter,
  TStagedProblem,
  TWriteCounts,
  TWriteStageContext,
} from '../../imports/ledger-type.ts'
import { auditFrom, auditParams, recordFrom } from '../../imports/staged-sql.ts'
import { residentRowData } from './resident-row.ts'
import type { TResidentLedgerRecord } from './residents.import.ts'
import { residentAuditSnapshot, residentSnapshot } from './residents.import-sql.ts'
import { undoResidentsImport } from './residents.import-undo.ts'

/**
 * The residents ledger's write side: rows staged by COPY into `stage`, then matched to the
 * registry by ID number (blind index), checked together (one head per new household, nobody
 * placed in a second household) and written with set-based statements — residents, buildings,
 * dwellings, households, members, history, audit rows and the job's `import_record` rows.
 */

const residentColumns = [
  ['name', 'text'],
  ['name_bigrams', 'text[]'],
  ['id_number_cipher', 'bytea'],
  ['id_number_hash', 'text'],
  ['id_number_masked', 'text'],
  ['id_number_last4', 'text'],
  ['id_kind', 'text'],
  ['sex', 'text'],
  ['birth_date', 'date'],
  ['ethnicity', 'text'],
  ['education', 'text'],
  ['political_status', 'text'],
  ['marital_status', 'text'],
  ['employment_status', 'text'],
  ['phone', 'text'],
  ['category', 'text'],
  ['tags', 'text[]'],
  ['notes', 'text'],
] as const

const placeColumns = [
  ['street', 'text'],
  ['estate_name', 'text'],
  ['building_number', 'text'],
  ['unit', 'text'],
  ['room', 'text'],
  ['building_address', 'text'],
  ['dwelling_address', 'text'],
  ['relationship', 'text'],
] as const

const stagedColumns = [
  ['row_number', 'int'],
  ['new_id', 'text'],
  ['committee_id', 'text'],
  ...residentColumns,
  ...placeColumns,
] as const

const sqlType = { text: 'text', 'text[]': 'text[]', bytea: 'bytea', date: 'date', int: 'int' }

const stageTableSql = `CREATE TEMP TABLE stage (
  ${stagedColumns.map(([c, k]) => `${c} ${c === 'new_id' || c === 'committee_id' ? 'uuid' : sqlType[k]}`).join(',\n  ')},
  problem boolean NOT NULL DEFAULT false,
  resident_id uuid, resident_committee_id uuid, existing boolean NOT NULL DEFAULT false,
  building_id uuid, dwelling_id uuid, household_id uuid, head_id uuid, member_household_id uuid
) ON COMMIT DROP`

/** Fields a ledger column feeds → the resident column an update may overwrite. */
const updatable: Record<string, string> = {
  name: 'name',
  ethnicity: 'ethnicity',
  education: 'education',
  politicalStatus: 'political_status',
  maritalStatus: 'marital_status',
  employmentStatus: 'employment_status',
  phone: 'phone',
  category: 'category',
  tags: 'tags',
  notes: 'notes',
}

const count = async (ctx: TWriteStageContext, sql: string, values: unknown[] = []) =>
  (await ctx.client.query(sql, values)).rowCount ?? 0

const problemsOf = async (ctx: TWriteStageContext, sql: string, values: unknown[] = []) =>
  (await ctx.client.query<TStagedProblem>(sql, values)).rows

/** Marks rows that cannot go in and says why, one statement per rule. */
const check = async (ctx: TWriteStageContext): Promise<TStagedProblem[]> => {
  const { client } = ctx
  await client.query('ANALYZE stage')
  // Match people on the blind index of their ID number, across every committee.
  await client.query(`UPDATE stage s SET resident_id = r.id, resident_committee_id = r.committee_id,
      existing = true
    FROM resident r WHERE r.id_number_hash = s.id_number_hash AND r.deleted_at IS NULL`)
  const scope = ctx.actor.allCommittees ? null : ctx.actor.committeeIds
  const problems = await problemsOf(
    ctx,
    `UPDATE stage s SET problem = true WHERE existing
       AND $1::uuid[] IS NOT NULL AND NOT (s.resident_committee_id = ANY($1::uuid[]))
     RETURNING row_number AS "rowNumber", 'idNumber' AS field, 'id_number_taken_elsewhere' AS code`,
    [scope],
  )
  await client.query(`UPDATE stage SET resident_id = new_id WHERE NOT existing`)
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

/** `$1…$7`: the audit parameters and the job id; a statement's own values follow. */
const run = (ctx: TWriteStageContext, sql: string, values: unknown[] = []) =>
  ctx.client.query(sql, [...auditParams(ctx), ctx.jobId, ...values])

const writeResidents = async (ctx: TWriteStageContext) => {
  const columns = residentColumns.map(([c]) => c)
  const created = await run(
    ctx,
    `WITH created AS (
       INSERT INTO resident (id, committee_id, ${columns.join(', ')}, version, created_at, updated_at)
       SELECT new_id, committee_id, ${columns.map((c) => (c === 'category' ? `COALESCE(category, 'registered')::"PopulationCategory"` : c === 'tags' ? `COALESCE(tags, '{}')` : c)).join(', ')}, 1, now(), now()
       FROM stage WHERE NOT existing AND NOT problem
       RETURNING *),
     records AS (${recordFrom('created', 'resident', 'create')})
     ${auditFrom('created', { action: 'create', entityType: 'resident', after: residentAuditSnapshot('created') })}`,
  )
  let updated = 0
  if (ctx.onConflict === 'update') {
    // Only columns the ledger has, and only non-blank cells: a sheet never clears a field.
    const set = Object.entries(updatable)
      .filter(([field]) => ctx.mappedFields.has(field))
      .map(([, c]) =>
        c === 'category'
          ? `category = COALESCE(s.category::"PopulationCategory", r.category)`
          : `${c} = COALESCE(s.${c}, r.${c})`,
      )
    if (set.length) {
      const next = set.map((a) => a.split(' = ')[1]).join(', ')
      const current = set.map((a) => `r.${a.split(' = ')[0]}`).join(', ')
      const result = await run(
        ctx,
        `WITH changed AS (
           SELECT r.id, r.committee_id, r.version, ${residentSnapshot('r')} AS before,
             ${residentAuditSnapshot('r')} AS audit_before
           FROM stage s JOIN resident r ON r.id = s.resident_id
           WHERE s.existing AND NOT s.problem AND (${current}) IS DISTINCT FROM (${next})
           FOR UPDATE OF r),
         records AS (${recordFrom('changed', 'resident', 'update', 'changed.before', 'changed.version + 1')}),
         updated AS (
           UPDATE resident r SET ${set.join(', ')}, version = r.version + 1, updated_at = now()
           FROM stage s, changed c WHERE c.id = r.id AND s.resident_id = r.id
           RETURNING r.*, c.audit_before)
         ${auditFrom('updated', { action: 'update', entityType: 'resident', before: 'updated.audit_before', after: residentAuditSnapshot('updated') })}`,
      )
      updated = result.rowCount ?? 0
    }
  }
  return { created: created.rowCount ?? 0, updated }
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

/** New households (one per dwelling with a head row), then members and their dated history. */
const writeHouseholds = async (ctx: TWriteStageContext) => {
  const today = todayCst()
  await run(
    ctx,
    `WITH created AS (
       INSERT INTO household (id, committee_id, dwelling_id, head_resident_id,
         version, created_at, updated_at)
       SELECT uuid_v7(), committee_id, dwelling_id, resident_id, 1, now(), now()
       FROM stage WHERE relationship = $8 AND NOT problem AND household_id IS NULL
       RETURNING *),
     records AS (${recordFrom('created', 'household', 'create')}),
     audit AS (${auditFrom('created', { action: 'create', entityType: 'household', after: `jsonb_build_object('dwellingId', created.dwelling_id, 'headResidentId', created.head_resident_id)` })})
     UPDATE stage s SET household_id = c.id, head_id = c.head_resident_id
     FROM created c WHERE s.dwelling_id = c.dwelling_id AND s.relationship IS NOT NULL`,
    [headRelationship],
  )
  // Joining: rows with a relationship whose person is in no household yet.
  await ctx.client.query(
    `WITH joining AS (
       SELECT s.household_id, s.resident_id, s.relationship, h.committee_id,
         s.resident_id = h.head_resident_id AND EXISTS (SELECT 1 FROM import_record i
           WHERE i.job_id = $1::uuid AND i.entity_type = 'household' AND i.entity_id = h.id)
           AS founds
       FROM stage s JOIN household h ON h.id = s.household_id
       WHERE NOT s.problem AND s.relationship IS NOT NULL AND s.member_household_id IS NULL),
     members AS (
       INSERT INTO household_member (id, household_id, resident_id, relationship, joined_on)
       SELECT uuid_v7(), household_id, resident_id, relationship, $2::date FROM joining
       RETURNING id),
     member_records AS (
       INSERT INTO import_record (job_id, entity_type, entity_id, action, version_after)
       SELECT $1::uuid, 'household_member', id, 'create', 1 FROM members),
     events AS (
       INSERT INTO household_event (id, household_id, type, occurred_on, resident_id,
         relationship, actor_name, recorded_at)
       SELECT uuid_v7(), household_id, CASE WHEN founds THEN 'created' ELSE 'moved_in' END,
         $2::date, resident_id, relationship, $3, now() FROM joining
       RETURNING id)
     INSERT INTO import_record (job_id, entity_type, entity_id, action, version_after)
     SELECT $1::uuid, 'household_event', id, 'create', 1 FROM events`,
    [ctx.jobId, today, ctx.actor.name],
  )
}

export const residentsWriter = (cipher: TFieldCipher): TLedgerWriter<TResidentLedgerRecord> => ({
  stageTableSql,
  copySql: `COPY stage (${stagedColumns.map(([c]) => c).join(', ')}) FROM STDIN`,
  copyLine: (rowNumber, { resident, address, relationship, defaulted }) => {
    const { birthDate: _b, sex: _s, idKind: _k, ...fields } = resident
    const row = residentRowData(cipher, fields)
    const building = address ? buildingAddress(address) : null
    const staged: Record<string, unknown> = {
      ...row,
      row_number: rowNumber,
      new_id: row.id,
      committee_id: row.committeeId,
      // Blank in the sheet: null here, so an update keeps the registry's value.
      category: defaulted.includes('category') ? null : row.category,
      tags: defaulted.includes('tags') ? null : row.tags,
      street: address?.street,
      estate_name: address?.estateName,
      building_number: address?.buildingNumber,
      unit: address?.unit,
      room: address?.room,
      building_address: building,
      dwelling_address: address && building ? dwellingAddress(building, address) : null,
      relationship,
    }
    return copyLine(stagedColumns.map(([c, kind]) => [staged[c] ?? staged[camel(c)], kind]))
  },
  check,
  write: async (ctx): Promise<TWriteCounts> => {
    const existing = await count(ctx, `SELECT 1 FROM stage WHERE existing AND NOT problem`)
    if (ctx.onConflict === 'skip')
      // Matched people are left exactly as they are, places and households included.
      await ctx.client.query(`UPDATE stage SET problem = true WHERE existing`)
    const { created, updated } = await writeResidents(ctx)
    await writePlaces(ctx)
    await writeHouseholds(ctx)
    return ctx.onConflict === 'skip'
      ? { created, updated: 0, unchanged: 0, skipped: existing }
      : { created, updated, unchanged: existing - updated, skipped: 0 }
  },
  undo: undoResidentsImport,
})

const camel = (column: string) => column.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase())
