import type pg from 'pg'
import type { TFieldCipher } from '../../lib/crypto/field-cipher.ts'
import { newId } from '../../lib/ids.ts'
import type { TStagedBatch, TStagedProblem, TWriteStageContext } from '../../imports/ledger-type.ts'
import {
  auditFrom,
  problemsOf,
  recordFrom,
  run,
  type TStagedColumn,
} from '../../imports/staged-sql.ts'
import type { TLedgerPerson } from './people.import-build.ts'
import { residentAuditSnapshot, residentSnapshot } from './people.import-sql.ts'
import { residentIdentity, residentPhone } from './resident-row.ts'

/**
 * The people half of a ledger's write side, for every ledger that brings people in: the staged
 * columns of a person, matching them to the registry by the blind index of the ID number (one
 * identity per person across the system), registering the new ones and updating the matched.
 * A type's staging table `stage` starts with `peopleStagedColumns` and `peopleStageState`,
 * then adds its own columns.
 */

export const residentColumns = [
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
  ['phone_cipher', 'bytea'],
  ['phone_hash', 'text'],
  ['phone_masked', 'text'],
  ['phone_last4', 'text'],
  ['category', 'text'],
  ['tags', 'text[]'],
  ['notes', 'text'],
] as const

/**
 * The staged columns of the person: the sheet's row number, the id a new row will get, and
 * `resident_id` — staged as that new id too and replaced by the registry's when matched (one
 * UPDATE of the matched rows rather than of every new one).
 */
export const peopleStagedColumns = [
  ['row_number', 'int'],
  ['new_id', 'text'],
  ['resident_id', 'text'],
  ['committee_id', 'text'],
  ['home_address', 'text'],
  ...residentColumns,
] as const satisfies readonly TStagedColumn[]

/** What the checks fill in per staged row. */
export const peopleStageState = `problem boolean NOT NULL DEFAULT false,
  resident_committee_id uuid, existing boolean NOT NULL DEFAULT false`

const camel = (column: string) => column.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase())

/** The row builder's key for each resident column (`id_number_hash` → `idNumberHash`). */
const rowKeys = residentColumns.map(([column]) => camel(column))

/**
 * A staged person's values in `peopleStagedColumns` order, from the validated record (the ID
 * number and phone encrypted here). An array, not an object, and no row object in between:
 * this runs once per row of a large ledger (an object spread of a row's 20 columns cost 5 µs a
 * row).
 */
export const stagedPerson = (
  cipher: TFieldCipher,
  rowNumber: number,
  { resident, defaulted, homeAddress }: TLedgerPerson,
): unknown[] => {
  const identity: Record<string, unknown> = {
    ...residentIdentity(cipher, resident.idNumber, resident.name, undefined, resident),
    ...residentPhone(cipher, resident.phone),
  }
  const fields = resident as unknown as Record<string, unknown>
  const id = newId()
  const values: unknown[] = [rowNumber, id, id, resident.committeeId, homeAddress]
  for (const key of rowKeys) {
    if (key in identity) values.push(identity[key])
    // Blank in the sheet: null here, so an update keeps the registry's value.
    else if ((key === 'category' || key === 'tags') && defaulted.includes(key)) values.push(null)
    else values.push(fields[key] ?? null)
  }
  return values
}

/**
 * Fields a ledger column feeds → the resident columns an update may overwrite. A phone is four
 * columns; whether it changed is told by its blind index (the ciphertext differs every time).
 */
const updatable: Record<string, readonly string[]> = {
  name: ['name'],
  ethnicity: ['ethnicity'],
  education: ['education'],
  politicalStatus: ['political_status'],
  maritalStatus: ['marital_status'],
  employmentStatus: ['employment_status'],
  phone: ['phone_hash', 'phone_masked', 'phone_last4', 'phone_cipher'],
  category: ['category'],
  tags: ['tags'],
  notes: ['notes'],
}
const comparedOnUpdate = (column: string) => column !== 'phone_cipher'

/** Row counts and the join keys' statistics of `stage`, for the planner (see `matchPeople`). */
const analyzeStage = (ctx: TWriteStageContext) =>
  // Without them the planner takes the fresh temp table for empty and loops; only the columns
  // joined on (a whole-table ANALYZE costs six times more).
  ctx.client.query('ANALYZE stage (id_number_hash, committee_id, resident_id)')

/** People already in the registry but in a committee out of the actor's scope are problems. */
const scopeProblems = (ctx: TWriteStageContext) =>
  problemsOf(
    ctx,
    `UPDATE stage s SET problem = true WHERE existing
       AND $1::uuid[] IS NOT NULL AND NOT (s.resident_committee_id = ANY($1::uuid[]))
     RETURNING row_number AS "rowNumber", 'idNumber' AS field, 'id_number_taken_elsewhere' AS code`,
    [ctx.actor.allCommittees ? null : ctx.actor.committeeIds],
  )

/**
 * A person recorded as deceased (死亡: the record is closed) is not brought back by a ledger:
 * the row is an error, not a silent update or a household placement. A wrong death is taken
 * back on the person's profile (更正, with a reason), then the ledger imports. Other statuses
 * (迁出, 失踪…) are updated as usual: the import does not change a status, only life events do.
 */
const deceasedProblems = (ctx: TWriteStageContext) =>
  problemsOf(
    ctx,
    `UPDATE stage s SET problem = true FROM resident r
     WHERE s.existing AND NOT s.problem AND r.id = s.resident_id AND r.status = 'deceased'
     RETURNING s.row_number AS "rowNumber", 'idNumber' AS field, 'resident_deceased' AS code`,
  )

/** Scope, then the deceased: the problems of matched people. */
const matchedProblems = async (ctx: TWriteStageContext) => [
  ...(await scopeProblems(ctx)),
  ...(await deceasedProblems(ctx)),
]

/** Matches staged people to the registry; people of committees out of scope are problems. */
export const matchPeople = async (ctx: TWriteStageContext): Promise<TStagedProblem[]> => {
  await analyzeStage(ctx)
  // Match people on the blind index of their ID number, across every committee.
  await ctx.client.query(`UPDATE stage s SET resident_id = r.id,
      resident_committee_id = r.committee_id, existing = true
    FROM resident r WHERE r.id_number_hash = s.id_number_hash AND r.deleted_at IS NULL`)
  return matchedProblems(ctx)
}

/** A text as addresses are compared: NFKC (full-width digits), without spaces. */
const comparable = (sql: string) => `regexp_replace(normalize(${sql}, NFKC), '\\s', '', 'g')`

/**
 * New people without a committee (`committee: 'new people'`, and none named in the row or
 * chosen for the import), placed by their 家庭住址: in the committee of the building — among
 * those in the importer's scope — whose standard address the text contains (`永兴社区胜利路3号楼
 * 2单元502室` holds `胜利路3号楼`), the longest such address winning. A text that names no
 * building, or buildings of two committees, leaves the row a problem, as does a blank one:
 * nobody is registered without a committee. Registered people need none (they keep theirs).
 */
export const placeNewPeople = async (ctx: TWriteStageContext): Promise<TStagedProblem[]> => {
  await ctx.client.query(
    `WITH buildings AS (
       SELECT committee_id, ${comparable('address')} AS address FROM building
       WHERE deleted_at IS NULL AND ($1::uuid[] IS NULL OR committee_id = ANY($1::uuid[]))),
     unplaced AS (
       SELECT row_number, ${comparable('home_address')} AS address FROM stage
       WHERE NOT existing AND NOT problem AND committee_id IS NULL AND home_address IS NOT NULL),
     candidates AS (
       SELECT u.row_number, b.committee_id, length(b.address) AS len
       FROM unplaced u JOIN buildings b ON strpos(u.address, b.address) > 0),
     longest AS (
       SELECT row_number, committee_id FROM candidates c
       WHERE len = (SELECT max(len) FROM candidates d WHERE d.row_number = c.row_number)),
     placed AS (
       SELECT row_number, min(committee_id::text)::uuid AS committee_id FROM longest
       GROUP BY row_number HAVING count(DISTINCT committee_id) = 1)
     UPDATE stage s SET committee_id = p.committee_id FROM placed p
     WHERE p.row_number = s.row_number`,
    [ctx.actor.allCommittees ? null : ctx.actor.committeeIds],
  )
  return problemsOf(
    ctx,
    `UPDATE stage SET problem = true WHERE NOT existing AND NOT problem AND committee_id IS NULL
     RETURNING row_number AS "rowNumber",
       CASE WHEN home_address IS NULL THEN 'committee' ELSE 'homeAddress' END AS field,
       CASE WHEN home_address IS NULL THEN 'committee_required'
            ELSE 'home_address_unplaced' END AS code`,
  )
}

const residentInsertColumns = residentColumns.map(([c]) => c)
/** The staged values of a new resident as stored (a blank category or tags take the default). */
const residentInsertValues = residentInsertColumns
  .map((c) =>
    c === 'category'
      ? `COALESCE(s.category, 'registered')::"PopulationCategory"`
      : c === 'tags'
        ? `COALESCE(s.tags, '{}')`
        : `s.${c}`,
  )
  .join(', ')

/**
 * One staged batch, as soon as it is staged (`TLedgerWriter.stageBatch`): its people matched to
 * the registry and the new ones inserted, in one statement, while the next batch is read. What
 * no later row can change: a person's match depends only on the registry (the reader already
 * refused a second row with the same ID number). A new person whose row a later check refuses
 * (a household rule) is deleted again before the write (`registerPeople`); all-or-nothing
 * rolls back. Their audit and `import_record` rows are written with the rest, for those kept.
 * Only for ledgers that name a committee on every row (`committee: 'every row'`).
 */
export const stagePeopleBatch = async (client: pg.PoolClient, batch: TStagedBatch) => {
  // Statistics first, for the match join.
  await client.query('ANALYZE stage (row_number, id_number_hash)')
  return client.query(
    `WITH matched AS (
       UPDATE stage s SET resident_id = r.id, resident_committee_id = r.committee_id,
         existing = true
       FROM resident r
       WHERE s.row_number BETWEEN $1 AND $2 AND r.id_number_hash = s.id_number_hash
         AND r.deleted_at IS NULL)
     INSERT INTO resident (id, committee_id, ${residentInsertColumns.join(', ')}, version,
       created_at, updated_at)
     SELECT s.new_id, s.committee_id, ${residentInsertValues}, 1, now(), now()
     FROM stage s
     WHERE s.row_number BETWEEN $1 AND $2 AND NOT EXISTS (SELECT 1 FROM resident r
       WHERE r.id_number_hash = s.id_number_hash AND r.deleted_at IS NULL)`,
    [batch.fromRow, batch.toRow],
  )
}

/** The checks of people staged by `stagePeopleBatch` (already matched): scope, the deceased. */
export const checkStagedPeople = async (ctx: TWriteStageContext) => {
  await analyzeStage(ctx)
  return matchedProblems(ctx)
}

/**
 * New people (with their audit and `import_record` rows) and, with `onConflict: update`, the
 * changes to matched ones. `inserted`: the new people are already in `resident`
 * (`stagePeopleBatch`); those whose row was refused since are deleted, the rest recorded.
 * `residence`: where the new people live — `here` (the default: the community's 实有人口) or
 * `elsewhere` (a landlords' ledger: known only because a record refers to them; ARCHITECTURE.md,
 * People in ledgers). Matched people keep theirs.
 */
export const registerPeople = async (
  ctx: TWriteStageContext,
  {
    inserted = false,
    residence = 'here',
  }: { inserted?: boolean; residence?: 'here' | 'elsewhere' } = {},
) => {
  if (inserted && residence !== 'here')
    throw new Error('People staged by stagePeopleBatch are registered as living here')
  if (inserted)
    await ctx.client.query(
      `DELETE FROM resident r USING stage s WHERE r.id = s.new_id AND NOT s.existing AND s.problem`,
    )
  const created = await run(
    ctx,
    `WITH created AS (${
      inserted
        ? `SELECT r.* FROM stage s JOIN resident r ON r.id = s.new_id
           WHERE NOT s.existing AND NOT s.problem`
        : `INSERT INTO resident (id, committee_id, ${residentInsertColumns.join(', ')}, residence,
             version, created_at, updated_at)
           SELECT s.new_id, s.committee_id, ${residentInsertValues}, '${residence}', 1, now(), now()
           FROM stage s WHERE NOT s.existing AND NOT s.problem
           RETURNING *`
    }),
     records AS (${recordFrom('created', 'resident', 'create')})
     ${auditFrom('created', { action: 'create', entityType: 'resident', after: residentAuditSnapshot('created') })}`,
  )
  let updated = 0
  if (ctx.onConflict === 'update') {
    // Only columns the ledger has, and only non-blank cells: a sheet never clears a field.
    const columns = Object.entries(updatable)
      .filter(([field]) => ctx.mappedFields.has(field))
      .flatMap(([, c]) => c)
    const value = (c: string) =>
      c === 'category'
        ? `COALESCE(s.category::"PopulationCategory", r.category)`
        : `COALESCE(s.${c}, r.${c})`
    const set = columns.map((c) => `${c} = ${value(c)}`)
    if (set.length) {
      const next = columns.filter(comparedOnUpdate).map(value).join(', ')
      const current = columns
        .filter(comparedOnUpdate)
        .map((c) => `r.${c}`)
        .join(', ')
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

/**
 * Matched people of the kept rows who are known as living elsewhere (a landlord) and come in
 * through a ledger of people living here (暂住人口) are set `here`: their identity and history
 * stay (ARCHITECTURE.md, People in ledgers). Audited, and undone with the job: the first change
 * to a person keeps its snapshot (`residence` in it); when `registerPeople` already updated the
 * person, its record's version is moved on with them.
 */
export const movePeopleHere = async (ctx: TWriteStageContext) => {
  const moving = `SELECT DISTINCT s.resident_id AS id FROM stage s JOIN resident r ON r.id = s.resident_id
    WHERE s.existing AND NOT s.problem AND r.residence = 'elsewhere'`
  await run(
    ctx,
    `WITH moving AS (${moving}),
     locked AS (
       SELECT r.id, r.version, ${residentSnapshot('r')} AS before,
         EXISTS (SELECT 1 FROM import_record i WHERE i.job_id = $7 AND i.entity_type = 'resident'
           AND i.entity_id = r.id) AS recorded
       FROM resident r JOIN moving m ON m.id = r.id FOR UPDATE OF r),
     records AS (
       INSERT INTO import_record (job_id, entity_type, entity_id, action, before, version_after)
       SELECT $7::uuid, 'resident', id, 'update', before, version + 1 FROM locked WHERE NOT recorded),
     bumped AS (
       UPDATE import_record i SET version_after = i.version_after + 1 FROM locked l
       WHERE l.recorded AND i.job_id = $7 AND i.entity_type = 'resident' AND i.entity_id = l.id),
     moved AS (
       UPDATE resident r SET residence = 'here', version = r.version + 1, updated_at = now()
       FROM locked l WHERE l.id = r.id
       RETURNING r.*)
     ${auditFrom('moved', { action: 'update', entityType: 'resident', before: `jsonb_build_object('residence', 'elsewhere')`, after: `jsonb_build_object('residence', 'here')` })}`,
  )
}
