import { AppError } from '../../lib/errors.ts'
import type { TWriteStageContext } from '../../imports/ledger-type.ts'
import { auditFrom, auditParams } from '../../imports/staged-sql.ts'
import { residentAuditSnapshot } from './residents.import-sql.ts'

type TUndoContext = Omit<TWriteStageContext, 'onConflict' | 'mappedFields'>

/**
 * Anything that moved on since the job: a record it wrote with another version now (edited,
 * deleted, or updated by a later import), a member who left, or rows others added to what the
 * job created (members or history of its households — their counts are kept on the household's
 * record —, owners or households in its dwellings).
 */
const changedSinceSql = `
  SELECT i.entity_type, i.entity_id FROM import_record i
  LEFT JOIN resident r ON i.entity_type = 'resident' AND r.id = i.entity_id
  LEFT JOIN building b ON i.entity_type = 'building' AND b.id = i.entity_id
  LEFT JOIN dwelling d ON i.entity_type = 'dwelling' AND d.id = i.entity_id
  LEFT JOIN household h ON i.entity_type = 'household' AND h.id = i.entity_id
  LEFT JOIN household_member m ON i.entity_type = 'household_member' AND m.id = i.entity_id
  WHERE i.job_id = $1 AND CASE i.entity_type
    WHEN 'resident' THEN r.id IS NULL OR r.version <> i.version_after OR r.deleted_at IS NOT NULL
    WHEN 'building' THEN b.id IS NULL OR b.version <> i.version_after OR b.deleted_at IS NOT NULL
    WHEN 'dwelling' THEN d.id IS NULL OR d.version <> i.version_after OR d.deleted_at IS NOT NULL
      OR EXISTS (SELECT 1 FROM resident o WHERE d.owner_resident_id = o.id)
    WHEN 'household' THEN h.id IS NULL OR h.version <> i.version_after OR h.deleted_at IS NOT NULL
      OR (SELECT count(*) FROM household_member x WHERE x.household_id = h.id)
        <> COALESCE((i.before->>'members')::int, 0)
      OR (SELECT count(*) FROM household_event e WHERE e.household_id = h.id)
        <> COALESCE((i.before->>'events')::int, 0)
      OR EXISTS (SELECT 1 FROM household_member x WHERE x.household_id = h.id
        AND x.left_on IS NOT NULL)
    WHEN 'household_member' THEN m.id IS NULL OR m.left_on IS NOT NULL
    ELSE false END
  LIMIT 1`

const restorable = [
  ['name', 'name'],
  ['ethnicity', 'ethnicity'],
  ['education', 'education'],
  ['political_status', 'politicalStatus'],
  ['marital_status', 'maritalStatus'],
  ['employment_status', 'employmentStatus'],
  ['phone_hash', 'phoneHash'],
  ['phone_masked', 'phoneMasked'],
  ['phone_last4', 'phoneLast4'],
  ['notes', 'notes'],
] as const

/** Deletes the rows of one entity type the job created, with an audit row each. */
const deleteCreated = (table: string, entityType: string, before: string) =>
  `WITH gone AS (
     DELETE FROM ${table} t USING import_record i
     WHERE i.job_id = $7 AND i.entity_type = '${entityType}' AND i.action = 'create'
       AND t.id = i.entity_id
     RETURNING t.*)
   ${auditFrom('gone', { action: 'delete', entityType, before })}`

/**
 * Takes a committed residents import back as a whole, in the caller's transaction: history and
 * members it added, households, updated people restored to the snapshot the job kept, created
 * people, dwellings and buildings deleted. Refuses (409) when anything changed since.
 */
export const undoResidentsImport = async (ctx: TUndoContext) => {
  const { client } = ctx
  // Lock what the job touched, so nothing changes between the check and the undo.
  await client.query(
    `SELECT 1 FROM resident r JOIN import_record i ON i.entity_id = r.id
     WHERE i.job_id = $1 FOR UPDATE OF r`,
    [ctx.jobId],
  )
  const changed = await client.query(changedSinceSql, [ctx.jobId])
  if (changed.rowCount) throw new AppError('import_undo_conflict', 409)
  const run = (sql: string) => client.query(sql, [...auditParams(ctx), ctx.jobId])
  for (const [table, type] of [
    ['household_event', 'household_event'],
    ['household_member', 'household_member'],
  ] as const)
    await client.query(
      `DELETE FROM ${table} t USING import_record i
       WHERE i.job_id = $1 AND i.entity_type = '${type}' AND t.id = i.entity_id`,
      [ctx.jobId],
    )
  await run(
    deleteCreated('household', 'household', `jsonb_build_object('dwellingId', gone.dwelling_id)`),
  )
  await run(`WITH restored AS (
      UPDATE resident r SET ${restorable.map(([c, k]) => `${c} = i.before->>'${k}'`).join(', ')},
        phone_cipher = decode(i.before->>'phoneCipher', 'base64'),
        category = (i.before->>'category')::"PopulationCategory",
        tags = ARRAY(SELECT jsonb_array_elements_text(i.before->'tags')),
        version = r.version + 1, updated_at = now()
      FROM import_record i
      WHERE i.job_id = $7 AND i.entity_type = 'resident' AND i.action = 'update' AND r.id = i.entity_id
      RETURNING r.*)
    ${auditFrom('restored', { action: 'update', entityType: 'resident', after: residentAuditSnapshot('restored') })}`)
  try {
    await run(deleteCreated('resident', 'resident', residentAuditSnapshot('gone')))
    for (const table of ['dwelling', 'building'])
      await run(deleteCreated(table, table, `jsonb_build_object('address', gone.address)`))
  } catch (error) {
    // Someone else refers to a record the job created (a household in its dwelling, a leader…).
    if ((error as { code?: string }).code === '23503')
      throw new AppError('import_undo_conflict', 409)
    throw error
  }
}
